using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// The state of one account at <paramref name="OccurredAt"/>, in answer to <see cref="ReplayAccounts"/>
/// (<paramref name="RequestId"/>). A subscriber treats it like the account events of that moment: facts it
/// already holds from a newer event stay. <paramref name="LockedUntil"/> is null when the account is not locked.
/// </summary>
[MessageIdentity("identity.account-snapshot-taken.v1")]
public sealed record AccountSnapshotTaken(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid UserId,
    string Email,
    string DisplayName,
    bool EmailConfirmed,
    IReadOnlyList<string> Roles,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt) : IIntegrationEvent;
