using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.GetQuestion;

internal static class GetQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapGet("/{questionId:guid}", async (Guid roomId, Guid questionId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetQuestion(roomId, questionId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("GetQuestion")
            .WithSummary("One question the caller may see, with the answer once approved.")
            .Produces<QuestionView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
