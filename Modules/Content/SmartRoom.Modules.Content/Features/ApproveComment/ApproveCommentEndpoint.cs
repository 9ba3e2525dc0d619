using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ApproveComment;

internal static class ApproveCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/comments/{commentId:guid}/approve", async (Guid commentId, ApproveCommentBody? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ApproveComment(commentId, body?.Version), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ApproveComment")
            .WithSummary("Marketing: publishes a pending or hidden comment {version?}.")
            .Produces<ModeratedCommentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
