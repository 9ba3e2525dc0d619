using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.DraftAnswer;

internal static class DraftAnswerEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPut("/{questionId:guid}/draft", async (Guid roomId, Guid questionId, DraftAnswerBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DraftAnswer(roomId, questionId, body.Answer), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("DraftAnswer")
            .WithSummary("The assignee or a manager: drafts (or redrafts) the answer for the managers' approval.")
            .Produces<QuestionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
