using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.RecordGroup;

/// <summary>Records a room's group in Messaging's copy (its name shows in Q&amp;A reports and settings).</summary>
[EntersNoRoom("Keeps Messaging's copy of membership from a DealRooms event: no person is acting.")]
internal sealed record RecordGroup(Guid RoomId, Guid GroupId, string Name) : ICommand<Result<Done>>;
