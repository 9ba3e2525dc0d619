namespace SmartRoom.Modules.Messaging.Features.ListSimilarQuestions;

internal static class ListSimilarQuestionsEndpoint
{
    internal sealed record SimilarQuestionsBody(string Title, string? Body);

    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/similar", async (Guid roomId, SimilarQuestionsBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSimilarQuestions(roomId, body.Title, body.Body), ct)).ToHttp(list => TypedResults.Ok(list)))
            .WithName("ListSimilarQuestions")
            .WithSummary("Members about to ask: answered questions they may already read that are most like {title, body}, with their answers (POST keeps the text out of URLs).")
            .Produces<IReadOnlyList<SimilarQuestion>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
