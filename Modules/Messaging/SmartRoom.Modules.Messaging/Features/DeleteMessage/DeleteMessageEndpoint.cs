namespace SmartRoom.Modules.Messaging.Features.DeleteMessage;

internal static class DeleteMessageEndpoint
{
    public static void Map(IEndpointRouteBuilder conversations) =>
        conversations.MapDelete("/{conversationId:guid}/messages/{messageId:guid}", async (Guid roomId, Guid conversationId, Guid messageId,
                    ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteMessage(roomId, conversationId, messageId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteConversationMessage")
            .WithSummary("Its sender or a manager deletes a message; it stays in the conversation, shown as deleted.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
