using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Messaging.Features.RecordGroup;
using SmartRoom.Modules.Messaging.Features.RecordMember;
using SmartRoom.Modules.Messaging.Features.RecordProfile;
using SmartRoom.Modules.Messaging.Features.RecordRoom;
using SmartRoom.Modules.Messaging.Features.RecordRoomSnapshot;
using SmartRoom.Modules.Messaging.Features.RecordSupportGrant;

namespace SmartRoom.Modules.Messaging.IntegrationEvents;

/// <summary>
/// Wolverine adapter: DealRooms' room and membership events (and Identity's profile changes) keep Messaging's own
/// copy of membership current. Each command is idempotent and keeps the newest facts, whatever the order of delivery.
/// </summary>
public static class MembershipEventsHandler
{
    public static async Task Handle(DealRoomCreated e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordRoom(e.RoomId, e.OccurredAt, e.Name, RoomStatusNames.Draft, Creator: e.Creator), ct);

    public static async Task Handle(DealRoomStatusChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordRoom(e.RoomId, e.OccurredAt, e.RoomName, e.Status), ct);

    public static async Task Handle(RoomAccessRulesChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordRoom(e.RoomId, e.OccurredAt, IpAllowList: e.IpAllowList), ct);

    public static async Task Handle(MemberJoined e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordMember(e.RoomId, e.UserId, e.OccurredAt, e.Role, e.GroupId, null, Email: e.Email, DisplayName: e.DisplayName), ct);

    public static async Task Handle(MemberChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordMember(e.RoomId, e.UserId, e.OccurredAt, e.Role, e.GroupId, e.AccessExpiresAt), ct);

    public static async Task Handle(MemberRemoved e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordMember(e.RoomId, e.UserId, e.OccurredAt, MemberRoles.Viewer, null, null, Removed: true), ct);

    public static async Task Handle(RoomGroupCreated e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordGroup(e.RoomId, e.GroupId, e.Name), ct);

    public static async Task Handle(SupportAccessGranted e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordSupportGrant(e.RoomId, e.RequestId, e.Support, e.ExpiresAt, e.MayReadMessages), ct);

    public static async Task Handle(SupportAccessRevoked e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordSupportGrant(e.RoomId, e.RequestId, e.Support, null, null, e.OccurredAt), ct);

    /// <summary>A room as it stood when DealRooms answered Messaging's replay request.</summary>
    public static async Task Handle(RoomMembershipSnapshotTaken e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordRoomSnapshot(e), ct);

    public static async Task Handle(UserProfileChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordProfile(e.UserId, e.Email, e.DisplayName), ct);
}
