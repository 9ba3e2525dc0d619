namespace SmartRoom.Modules.Messaging.Pipeline;

/// <summary>How a Messaging request enters its room (see <see cref="EntersRoomAttribute"/>).</summary>
internal enum RoomEntry
{
    /// <summary>An active member, to read (support staff too, when the attribute allows them and their grant lets them read messages).</summary>
    Participant,

    /// <summary>An active member, to write: the room must not be closed or archived.</summary>
    ParticipantToWrite,

    /// <summary>The room's managers, to read.</summary>
    Manager,

    /// <summary>The room's managers, to change: the room must not be closed or archived.</summary>
    ManagerToChange,
}
