namespace SmartRoom.Modules.Messaging.Features.MarkConversationRead;

internal static class MarkConversationReadEndpoint
{
    public static void Map(IEndpointRouteBuilder conversations) =>
        conversations.MapPost("/{conversationId:guid}/read", async (Guid roomId, Guid conversationId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new MarkConversationRead(roomId, conversationId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("MarkConversationRead")
            .WithSummary("Marks everything posted in the conversation up to now as read by the caller.")
            .Produces<ReadState>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
