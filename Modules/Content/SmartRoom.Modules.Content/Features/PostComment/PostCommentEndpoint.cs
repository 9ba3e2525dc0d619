namespace SmartRoom.Modules.Content.Features.PostComment;

internal static class PostCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder content) =>
        content.MapPost("/posts/{slug}/comments", async (string slug, PostCommentBody body, RetryAfter retryAfter, HttpResponse response,
                ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new PostComment(slug, body.Body, body.Website), ct);
                if (retryAfter.Header is { } seconds)
                {
                    response.Headers.RetryAfter = seconds;
                }

                return result.ToHttp(c => TypedResults.Created($"/api/content/posts/{Uri.EscapeDataString(c.PostSlug)}/comments", c));
            })
            .WithName("PostComment")
            .WithSummary("Signed in: comments on a public post in plain text {body}; published at once, or Pending when it is the author's first or carries a link.")
            .Produces<PostedCommentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireAuthorization();
}
