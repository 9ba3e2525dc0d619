using System.Globalization;
using Mediator;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Features.Notify;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter: deal-room events become invitations and announcements.</summary>
public static class DealRoomEventsHandler
{
    public static async Task Handle(InvitationIssued e, ISender sender, SecretSealer sealer, CancellationToken ct) =>
        // The invitee may have no account yet: no feed entry, email only.
        await sender.Send(Confidential(new Notify(e.EventId, Guid.Empty, e.Email, e.Email, Categories.Access, "room-invitation",
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["inviter"] = e.InvitedByName,
                ["room"] = e.RoomName,
                ["role"] = e.Role,
                ["expires"] = e.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            },
            Secrets: new Dictionary<string, string>(StringComparer.Ordinal) { ["token"] = sealer.Unseal(InvitationIssued.SecretPurpose, e.SealedToken) })), ct);

    public static async Task Handle(DealRoomStatusChanged e, ISender sender, CancellationToken ct)
    {
        var meaning = e.Status switch
        {
            "Active" => "Members can now work in the room.",
            "Closed" => "The room is read-only: its documents stay available as permitted, nothing can be changed.",
            "Archived" => "The room is archived and visible to its managers only.",
            _ => "",
        };
        foreach (var member in e.Members)
        {
            await sender.Send(Confidential(new Notify(e.EventId, member.UserId, member.Email, member.DisplayName, Categories.Access, "room-status-changed",
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["room"] = e.RoomName,
                    ["previous"] = e.PreviousStatus,
                    ["status"] = e.Status,
                    ["meaning"] = meaning,
                },
                $"{e.RoomName} is now {e.Status}", meaning)), ct);
        }
    }

    public static async Task Handle(MemberJoined e, ISender sender, CancellationToken ct)
    {
        foreach (var manager in e.Managers)
        {
            await sender.Send(Confidential(new Notify(e.EventId, manager.UserId, manager.Email, manager.DisplayName, Categories.DealActivity, "member-joined",
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["room"] = e.RoomName,
                    ["member"] = e.DisplayName,
                    ["email"] = e.Email,
                    ["role"] = e.Role,
                },
                $"{e.DisplayName} joined {e.RoomName}", $"{e.DisplayName} ({e.Email}) joined as {e.Role}.")), ct);
        }
    }

    /// <summary>New documents are frequent: unless someone asked for them at once, they arrive in the daily summary.</summary>
    public static async Task Handle(DocumentAdded e, ISender sender, CancellationToken ct)
    {
        var what = e.Version == 1 ? "New document" : $"Version {e.Version.ToString(CultureInfo.InvariantCulture)}";
        foreach (var member in e.Audience)
        {
            await sender.Send(Confidential(new Notify(e.EventId, member.UserId, member.Email, member.DisplayName, Categories.DealActivity, "document-added",
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["room"] = e.RoomName,
                    ["document"] = e.Name,
                    ["index"] = e.Index,
                    ["what"] = what,
                },
                $"{what} in {e.RoomName}", $"{e.Index} {e.Name}", DigestByDefault: true)), ct);
        }

        // Members who cannot open the document yet (terms to accept, networks to come from) learn only that
        // something arrived, never its name.
        foreach (var member in e.Unnamed ?? [])
        {
            await sender.Send(Confidential(new Notify(e.EventId, member.UserId, member.Email, member.DisplayName, Categories.DealActivity, "documents-added",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["room"] = e.RoomName },
                $"New documents in {e.RoomName}", "New documents were added; open the room to see them.", DigestByDefault: true)), ct);
        }
    }

    public static async Task Handle(SupportAccessRequested e, ISender sender, CancellationToken ct)
    {
        foreach (var manager in e.Managers)
        {
            await sender.Send(Confidential(new Notify(e.EventId, manager.UserId, manager.Email, manager.DisplayName, Categories.Access, "support-access-requested",
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["room"] = e.RoomName,
                    ["room_id"] = e.RoomId.ToString(),
                    ["request_id"] = e.RequestId.ToString(),
                    ["support"] = e.SupportName,
                    ["reason"] = e.Reason,
                },
                $"Support asks to enter {e.RoomName}", e.Reason)), ct);
        }
    }

    public static async Task Handle(SupportAccessGranted e, ISender sender, CancellationToken ct) =>
        await sender.Send(Confidential(new Notify(e.EventId, e.Support.UserId, e.Support.Email, e.Support.DisplayName, Categories.Access, "support-access-granted",
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["room"] = e.RoomName,
                ["manager"] = e.DecidedByName,
                ["expires"] = e.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                ["scope"] = e.MayViewDocuments
                    ? "You may read the room's tree and documents' details, and view its documents."
                    : "You may read the room's tree and documents' details; documents themselves stay closed to you.",
            },
            $"Access to {e.RoomName} granted", $"Until {e.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}")), ct);

    public static Task Handle(SupportAccessDenied e, ISender sender, CancellationToken ct) =>
        Ended(e.EventId, e.Support, e.RoomName, e.DecidedByName, "denied", sender, ct);

    public static Task Handle(SupportAccessRevoked e, ISender sender, CancellationToken ct) =>
        Ended(e.EventId, e.Support, e.RoomName, e.RevokedByName, "revoked", sender, ct);

    /// <summary>
    /// Deal details (room and document names, who joined, a support request's reason) reach the recipient
    /// but not the delivery log: platform operators reading it must not learn what a room is about.
    /// </summary>
    private static Notify Confidential(Notify notify)
    {
        var model = new Dictionary<string, object?>(notify.Model, StringComparer.Ordinal);
        var secrets = new Dictionary<string, string>(notify.Secrets ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var key in DealDetails)
        {
            if (model.Remove(key, out var value) && value is not null)
            {
                secrets[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            }
        }

        return notify with { Model = model, Secrets = secrets };
    }

    private static readonly string[] DealDetails = ["room", "document", "index", "member", "email", "reason", "support", "manager", "inviter"];

    private static async Task Ended(Guid eventId, RoomRecipient support, string room, string manager, string outcome, ISender sender, CancellationToken ct) =>
        await sender.Send(Confidential(new Notify(eventId, support.UserId, support.Email, support.DisplayName, Categories.Access, "support-access-ended",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["room"] = room, ["manager"] = manager, ["outcome"] = outcome },
            $"Support access to {room} {outcome}")), ct);
}
