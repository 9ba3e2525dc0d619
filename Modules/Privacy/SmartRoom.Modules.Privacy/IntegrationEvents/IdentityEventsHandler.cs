using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Privacy.Features.RecordAccount;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: Identity's account events keep Privacy's copy of the account (<see cref="Subject"/>) current.</summary>
public static class IdentityEventsHandler
{
    public static async Task Handle(UserRegistered e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordAccount(e.UserId, e.OccurredAt, e.Email, e.DisplayName), ct);

    public static async Task Handle(UserEmailConfirmed e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordAccount(e.UserId, e.OccurredAt, e.Email, EmailConfirmed: true), ct);

    public static async Task Handle(UserProfileChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordAccount(e.UserId, e.OccurredAt, e.Email, e.DisplayName), ct);

    public static async Task Handle(UserRolesChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordAccount(e.UserId, e.OccurredAt, Roles: e.Roles), ct);

    public static async Task Handle(UserLocked e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordAccount(e.UserId, e.OccurredAt, LockChanged: true, LockedUntil: e.LockedUntil), ct);

    public static async Task Handle(UserUnlocked e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordAccount(e.UserId, e.OccurredAt, LockChanged: true), ct);

    /// <summary>An account as it stood when Identity answered Privacy's replay request (accounts older than Privacy).</summary>
    public static async Task Handle(AccountSnapshotTaken e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordAccount(e.UserId, e.OccurredAt, e.Email, e.DisplayName, e.EmailConfirmed, e.Roles, LockChanged: true, e.LockedUntil), ct);
}
