using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.UpdateBreach;

/// <summary>
/// A phased update of a breach: the fields that changed (null: unchanged) and a note saying what was learnt. Adds an
/// entry holding the breach's whole state after the change; earlier entries stay as they were.
/// </summary>
[RequiresUser]
internal sealed record UpdateBreach(
    Guid BreachId,
    DateTimeOffset? DetectedAt,
    DateTimeOffset? AwareAt,
    string? Nature,
    IReadOnlyList<string>? Categories,
    int? ApproxSubjects,
    int? ApproxRecords,
    string? Consequences,
    string? Measures,
    string? DpoContact,
    string? Role,
    bool? Notifiable,
    string? NotNotifiableReason,
    Guid? RoomId,
    string? Note) : ICommand<Result<BreachView>>;

/// <summary>The JSON body: the fields that changed, and a note.</summary>
internal sealed record UpdateBreachBody(
    DateTimeOffset? DetectedAt,
    DateTimeOffset? AwareAt,
    string? Nature,
    IReadOnlyList<string>? Categories,
    int? ApproxSubjects,
    int? ApproxRecords,
    string? Consequences,
    string? Measures,
    string? DpoContact,
    string? Role,
    bool? Notifiable,
    string? NotNotifiableReason,
    Guid? RoomId,
    string? Note);
