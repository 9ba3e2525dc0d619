namespace SmartRoom.Modules.Privacy.Features.RecordUsageFact;

/// <summary>
/// Keeps one usage fact from another module's event: its month, measure and broad dimension value, and the deal
/// room it happened in (room-scoped measures). Idempotent per event id: a redelivered event adds nothing, and the
/// order in which events arrive does not matter (each fact stands alone).
/// </summary>
internal sealed record RecordUsageFact(Guid EventId, DateTimeOffset OccurredAt, string Measure, string Dimension, Guid? RoomId)
    : ICommand<Result<Done>>
{
    public static RecordUsageFact AccountRegistered(Guid eventId, DateTimeOffset occurredAt) =>
        new(eventId, occurredAt, UsageMeasures.AccountsRegistered, UsageMeasures.All, null);

    public static RecordUsageFact RoomCreated(Guid eventId, DateTimeOffset occurredAt, Guid roomId) =>
        new(eventId, occurredAt, UsageMeasures.DealRoomsCreated, UsageMeasures.All, roomId);

    public static RecordUsageFact MemberJoined(Guid eventId, DateTimeOffset occurredAt, Guid roomId, string role) =>
        new(eventId, occurredAt, UsageMeasures.MembersJoined, UsageMeasures.Role(role), roomId);

    /// <summary>A new document (version 1) or a new version of one, by the broad type of its file name.</summary>
    public static RecordUsageFact DocumentAdded(Guid eventId, DateTimeOffset occurredAt, Guid roomId, string fileName, int version) =>
        new(eventId, occurredAt, version <= 1 ? UsageMeasures.DocumentsAdded : UsageMeasures.DocumentVersionsAdded,
            UsageMeasures.FileType(fileName), roomId);
}
