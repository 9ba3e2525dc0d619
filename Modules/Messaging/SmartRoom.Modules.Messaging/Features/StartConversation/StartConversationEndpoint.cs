using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.StartConversation;

internal static class StartConversationEndpoint
{
    public static void Map(IEndpointRouteBuilder conversations) =>
        conversations.MapPost("", async (Guid roomId, StartConversationBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new StartConversation(roomId, body.Subject, body.Body, body.ParticipantIds ?? [], body.DocumentIds ?? []), ct))
                .ToHttp(c => TypedResults.Created($"/api/deal-rooms/{roomId}/conversations/{c.Id}/messages", c)))
            .WithName("StartConversation")
            .WithSummary("Starts a conversation with the room's managers (and members named), with its first message.")
            .Produces<ConversationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
