namespace SmartRoom.Modules.Messaging.Features.PublishFaq;

internal static class PublishFaqEndpoint
{
    internal sealed record PublishFaqBody(IReadOnlyList<Guid>? GroupIds, bool? All);

    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/{questionId:guid}/publish-faq", async (Guid roomId, Guid questionId, PublishFaqBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new PublishFaq(roomId, questionId, body.GroupIds, body.All), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("PublishFaq")
            .WithSummary("Managers: publish an answered question as an FAQ to some groups ({groupIds}) or to every member ({all: true}); it never says who asked.")
            .Produces<FaqPublication>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
