namespace SmartRoom.Modules.Privacy.Views;

/// <summary>
/// A breach as the register holds it at one entry: the recorded facts, plus where its 72-hour clock stands
/// (<see cref="Status"/>, <see cref="HoursLeft"/>) at the time given.
/// </summary>
internal sealed record BreachView(
    Guid Id,
    string Reference,
    string Status,
    int? HoursLeft,
    DateTimeOffset SaDueAt,
    DateTimeOffset DetectedAt,
    DateTimeOffset AwareAt,
    string Nature,
    IReadOnlyList<string> Categories,
    int ApproxSubjects,
    int ApproxRecords,
    string Consequences,
    string Measures,
    string DpoContact,
    string Role,
    bool Notifiable,
    string? NotNotifiableReason,
    Guid? RoomId,
    DateTimeOffset? RegulatorNotifiedAt,
    string? RegulatorReference,
    string? RegulatorAuthority,
    DateTimeOffset? ClosedAt,
    string? Outcome,
    string? DelayReason,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static BreachView From(BreachEntry e, DateTimeOffset at) => new(
        e.BreachId, e.Reference, BreachClock.Status(e, at), BreachClock.HoursLeft(e, at), e.SaDueAt, e.DetectedAt, e.AwareAt,
        e.Nature, e.CategoryList, e.ApproxSubjects, e.ApproxRecords, e.Consequences, e.Measures, e.DpoContact, e.Role,
        e.Notifiable, e.NotNotifiableReason, e.RoomId, e.RegulatorNotifiedAt, e.RegulatorReference, e.RegulatorAuthority,
        e.ClosedAt, e.Outcome, e.DelayReason, e.RegisteredAt, e.RecordedAt, e.Seq);
}
