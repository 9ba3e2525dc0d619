using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.DeleteComment;

internal static class DeleteCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/comments/{commentId:guid}/delete", async (Guid commentId, DeleteCommentBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteComment(commentId, body.Reason, body.Version), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("DeleteComment")
            .WithSummary("Marketing: deletes a comment {reason, version?}; its text is wiped.")
            .Produces<ModeratedCommentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
