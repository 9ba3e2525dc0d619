using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.StartConversation;

/// <summary>
/// A member starts a conversation with the room's managers (a manager with members they name), its first message
/// with it. Members may add members of their own group; managers anyone in the room.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.ParticipantToWrite)]
internal sealed record StartConversation(Guid RoomId, string Subject, string Body, IReadOnlyList<Guid> ParticipantIds, IReadOnlyList<Guid> DocumentIds)
    : ICommand<Result<ConversationView>>, IRoomRequest;

/// <summary>The request body of <c>POST /api/deal-rooms/{roomId}/conversations</c>.</summary>
internal sealed record StartConversationBody(string Subject, string Body, Guid[]? ParticipantIds, Guid[]? DocumentIds);
