namespace SmartRoom.Modules.Content.Features.RecordTeamMember;

/// <summary>
/// Updates Content's marketing team copy (<see cref="TeamMember"/>) from one of Identity's events. Null facts are not
/// carried by that event and stay as they are; roles and contact each change only when the event is newer than the
/// one that last set them. Contact details are kept only while the account holds the Marketing role.
/// </summary>
internal sealed record RecordTeamMember(
    Guid UserId, DateTimeOffset OccurredAt, string? Email, string? DisplayName, IReadOnlyList<string>? Roles) : ICommand<Result<Done>>;
