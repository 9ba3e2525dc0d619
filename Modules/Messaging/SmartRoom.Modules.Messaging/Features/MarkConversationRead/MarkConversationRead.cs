using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.MarkConversationRead;

/// <summary>Everything posted in the conversation up to now counts as read by the caller (managers get their read state here).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Participant, NotFoundAs = "conversation")]
internal sealed record MarkConversationRead(Guid RoomId, Guid ConversationId) : ICommand<Result<ReadState>>, IRoomRequest;

/// <summary>Up to when the caller has read the conversation.</summary>
internal sealed record ReadState(Guid ConversationId, DateTimeOffset LastReadAt);
