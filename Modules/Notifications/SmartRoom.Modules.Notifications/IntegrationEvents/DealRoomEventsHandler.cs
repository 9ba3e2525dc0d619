using System.Globalization;
using Mediator;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Features.Notify;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter: deal-room events become invitations and announcements.</summary>
public static class DealRoomEventsHandler
{
    public static async Task Handle(InvitationIssued e, ISender sender, CancellationToken ct) =>
        // The invitee may have no account yet: no feed entry, email only.
        await sender.Send(new Notify(e.EventId, Guid.Empty, e.Email, e.Email, Categories.Access, "room-invitation",
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["inviter"] = e.InvitedByName,
                ["room"] = e.RoomName,
                ["role"] = e.Role,
                ["token"] = e.Token,
                ["expires"] = e.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            }), ct);

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
            await sender.Send(new Notify(e.EventId, member.UserId, member.Email, member.DisplayName, Categories.Access, "room-status-changed",
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["room"] = e.RoomName,
                    ["previous"] = e.PreviousStatus,
                    ["status"] = e.Status,
                    ["meaning"] = meaning,
                },
                $"{e.RoomName} is now {e.Status}", meaning), ct);
        }
    }
}
