using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.UpdateQuestion;

internal static class UpdateQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPatch("/{questionId:guid}", async (Guid roomId, Guid questionId, UpdateQuestionBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateQuestion(roomId, questionId, body.DueAt, body.Priority, body.Category), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("UpdateQuestion")
            .WithSummary("Managers: changes the question's due date, priority or category.")
            .Produces<QuestionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
