using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.RecordRoom;

/// <summary>
/// Updates Messaging's copy of a room from one of DealRooms' events: null facts are not carried by that event and
/// stay as they are; <paramref name="Creator"/>, when given, becomes the room's first manager.
/// </summary>
[EntersNoRoom("Keeps Messaging's copy of membership from a DealRooms event: no person is acting.")]
internal sealed record RecordRoom(
    Guid RoomId,
    DateTimeOffset OccurredAt,
    string? Name = null,
    string? Status = null,
    string? IpAllowList = null,
    RoomRecipient? Creator = null) : ICommand<Result<Done>>;
