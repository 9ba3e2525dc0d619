namespace SmartRoom.Modules.DealRooms.Pipeline;

/// <summary>Who may enter a room for a request, in the order of <c>docs/adr/0013-entering-a-room.md</c>.</summary>
internal enum RoomEntry
{
    /// <summary>An active member (support staff too when the request allows them).</summary>
    Member,

    /// <summary>A member who accepted the room's current terms (managers need not), for the room's content.</summary>
    Content,

    /// <summary>The room's managers.</summary>
    Manager,

    /// <summary>The room's managers, while the room is open to change (not closed or archived).</summary>
    ManagerToChange,
}
