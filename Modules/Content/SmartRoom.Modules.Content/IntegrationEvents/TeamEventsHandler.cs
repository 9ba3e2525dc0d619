using SmartRoom.Modules.Content.Features.RecordTeamMember;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Content.IntegrationEvents;

/// <summary>Wolverine adapter: Identity's account events keep Content's copy of the marketing team (<see cref="TeamMember"/>) current.</summary>
public static class TeamEventsHandler
{
    public static async Task Handle(UserRolesChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordTeamMember(e.UserId, e.OccurredAt, e.Email, e.DisplayName, e.Roles), ct);

    public static async Task Handle(UserProfileChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordTeamMember(e.UserId, e.OccurredAt, e.Email, e.DisplayName, null), ct);

    /// <summary>An account as it stood when Identity answered a replay request (accounts older than Content).</summary>
    public static async Task Handle(AccountSnapshotTaken e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordTeamMember(e.UserId, e.OccurredAt, e.Email, e.DisplayName, e.Roles), ct);
}
