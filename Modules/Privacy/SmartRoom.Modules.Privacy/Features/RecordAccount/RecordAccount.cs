namespace SmartRoom.Modules.Privacy.Features.RecordAccount;

/// <summary>
/// Updates Privacy's copy of one account from one of Identity's events. Null facts are not carried by that
/// event and stay as they are; each group of facts changes only when the event is newer than the one that last
/// set it, so replays and out-of-order deliveries leave the newest facts in place.
/// </summary>
internal sealed record RecordAccount(
    Guid UserId,
    DateTimeOffset OccurredAt,
    string? Email = null,
    string? DisplayName = null,
    bool? EmailConfirmed = null,
    IReadOnlyList<string>? Roles = null,
    bool LockChanged = false,
    DateTimeOffset? LockedUntil = null) : ICommand<Result<Done>>;
