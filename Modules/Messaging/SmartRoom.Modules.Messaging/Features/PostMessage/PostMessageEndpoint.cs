using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.PostMessage;

internal static class PostMessageEndpoint
{
    public static void Map(IEndpointRouteBuilder conversations) =>
        conversations.MapPost("/{conversationId:guid}/messages", async (Guid roomId, Guid conversationId, PostMessageBody body, ISender sender,
                    CancellationToken ct) =>
                (await sender.Send(new PostMessage(roomId, conversationId, body.Body, body.DocumentIds ?? []), ct))
                .ToHttp(m => TypedResults.Created($"/api/deal-rooms/{roomId}/conversations/{conversationId}/messages", m)))
            .WithName("PostConversationMessage")
            .WithSummary("Posts a message (plain text) with references to documents the sender may see.")
            .Produces<MessageView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
