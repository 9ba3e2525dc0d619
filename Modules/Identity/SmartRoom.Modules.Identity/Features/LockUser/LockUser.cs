namespace SmartRoom.Modules.Identity.Features.LockUser;

/// <summary>Locks an account (until a time, or indefinitely) or unlocks it; audited and emailed to the account.</summary>
[RequiresUser]
internal sealed record LockUser(Guid UserId, bool Locked, DateTimeOffset? Until) : ICommand<Result<LockState>>;

internal sealed record LockState(Guid UserId, bool Locked, DateTimeOffset? LockedUntil);

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record LockUserBody(DateTimeOffset? Until);
