namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// The answer to <see cref="FindRoomAccess"/>: the distinct members whose audited actions in the room fall in the
/// window (<paramref name="People"/>), and the room's current managers (<paramref name="Managers"/>, its
/// controllers when the room is a client's). <paramref name="RoomFound"/> is false for a room that does not exist;
/// both lists are then empty.
/// </summary>
public sealed record RoomAccessList(bool RoomFound, IReadOnlyList<RoomRecipient> People, IReadOnlyList<RoomRecipient> Managers)
{
    public static readonly RoomAccessList NoRoom = new(false, [], []);
}
