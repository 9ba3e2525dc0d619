using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.RecordLastSeen;

/// <summary>Notes when a member was last in a room (at most once a minute), after the request that entered.</summary>
[EntersNoRoom("Sent after a member entered, outside their request, to note when they were last seen.")]
internal sealed record RecordLastSeen(Guid RoomId, Guid UserId, DateTimeOffset At) : ICommand<Result<Done>>;
