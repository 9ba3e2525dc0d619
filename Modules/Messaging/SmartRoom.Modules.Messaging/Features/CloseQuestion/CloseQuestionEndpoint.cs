using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.CloseQuestion;

internal static class CloseQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/{questionId:guid}/close", async (Guid roomId, Guid questionId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CloseQuestion(roomId, questionId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("CloseQuestion")
            .WithSummary("A manager or the asker: closes an approved question.")
            .Produces<QuestionView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
