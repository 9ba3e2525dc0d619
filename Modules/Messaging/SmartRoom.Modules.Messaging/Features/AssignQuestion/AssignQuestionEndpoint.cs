using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.AssignQuestion;

internal static class AssignQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/{questionId:guid}/assign", async (Guid roomId, Guid questionId, AssignQuestionBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new AssignQuestion(roomId, questionId, body.UserId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("AssignQuestion")
            .WithSummary("Managers: assigns or reassigns the question to an active Q&A expert or manager.")
            .Produces<QuestionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
