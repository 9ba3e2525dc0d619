using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.HideComment;

internal static class HideCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/comments/{commentId:guid}/hide", async (Guid commentId, HideCommentBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new HideComment(commentId, body.Reason, body.Version), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("HideComment")
            .WithSummary("Marketing: hides a pending or published comment from the public {reason, version?}.")
            .Produces<ModeratedCommentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
