using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.RegisterBreach;

/// <summary>
/// Records a personal-data breach in the register: its first entry. The supervisory authority is due to be told
/// 72 hours after <paramref name="AwareAt"/> (<c>saDueAt</c>). <paramref name="RoomId"/> names a client room
/// concerned, if any; <paramref name="Role"/> says whether SmartRoom acts as controller or as processor there.
/// </summary>
[RequiresUser]
internal sealed record RegisterBreach(
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
    Guid? RoomId) : ICommand<Result<BreachView>>;
