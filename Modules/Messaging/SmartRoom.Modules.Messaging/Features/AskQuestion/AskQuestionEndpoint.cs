using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.AskQuestion;

internal static class AskQuestionEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/", async (Guid roomId, AskQuestionBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new AskQuestion(roomId, body.Title, body.Body, body.Category, body.DocumentId, body.Priority ?? QuestionPriority.Normal), ct))
                .ToHttp(q => TypedResults.Created($"/api/deal-rooms/{roomId}/questions/{q.Id}", q)))
            .WithName("AskQuestion")
            .WithSummary("Members: asks a question (routed to the category's expert when there is one).")
            .Produces<QuestionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
