namespace SmartRoom.Modules.Content.Features.ReportComment;

internal static class ReportCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder content) =>
        content.MapPost("/comments/{commentId:guid}/report", async (Guid commentId, ReportCommentBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ReportComment(commentId, body.Reason), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("ReportComment")
            .WithSummary("Signed in: reports a published comment {reason}, once per account; at three reports it waits for moderation again.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();
}
