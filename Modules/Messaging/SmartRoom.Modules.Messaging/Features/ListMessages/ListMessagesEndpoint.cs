namespace SmartRoom.Modules.Messaging.Features.ListMessages;

internal static class ListMessagesEndpoint
{
    public static void Map(IEndpointRouteBuilder conversations) =>
        conversations.MapGet("/{conversationId:guid}/messages", async (Guid roomId, Guid conversationId, Guid? before, int? limit, ISender sender,
                    CancellationToken ct) =>
                (await sender.Send(new ListMessages(roomId, conversationId, before, limit ?? ConversationRules.DefaultMessagesLimit), ct))
                .ToHttp(p => TypedResults.Ok(p)))
            .WithName("ListConversationMessages")
            .WithSummary("The latest messages of a conversation (or those before ?before=<messageId>), oldest first.")
            .Produces<MessagePage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
