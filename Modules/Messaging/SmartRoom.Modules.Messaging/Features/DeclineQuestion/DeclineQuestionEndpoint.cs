using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.DeclineQuestion;

internal static class DeclineQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/{questionId:guid}/decline", async (Guid roomId, Guid questionId, DeclineQuestionBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeclineQuestion(roomId, questionId, body.Reason), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("DeclineQuestion")
            .WithSummary("Managers: declines a question not yet answered, with a reason the asker reads.")
            .Produces<QuestionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
