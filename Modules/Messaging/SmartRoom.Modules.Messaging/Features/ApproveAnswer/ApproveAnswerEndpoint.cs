using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ApproveAnswer;

internal static class ApproveAnswerEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/{questionId:guid}/approve", async (Guid roomId, Guid questionId, ApproveAnswerBody? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ApproveAnswer(roomId, questionId, body?.Answer), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ApproveAnswer")
            .WithSummary("Managers: approves the draft, or the answer given (which overrides the draft); the asker's group may read it.")
            .Produces<QuestionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
