using System.Globalization;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Wolverine adapter: deal-room events become invitations and announcements. Each decides who is told and
/// answers one <see cref="NotifyRecipient"/> per recipient, sent with the event's own completion (the outbox).
/// Deal details travel in the models as <see cref="ConfidentialAttribute"/>: the delivery log never shows them.
/// </summary>
public static class DealRoomEventsHandler
{
    public static NotifyRecipient Handle(InvitationIssued e, SecretSealer sealer) =>
        // The invitee may have no account yet: no feed entry, email only.
        Notices.To(e.EventId, null, e.Email, e.Email, Categories.Access,
            new RoomInvitationEmail(e.InvitedByName, e.RoomName, e.Role, Notices.When(e.ExpiresAt),
                EmailComposer.Seal(sealer, sealer.Unseal(InvitationIssued.SecretPurpose, e.SealedToken))));

    public static OutgoingMessages Handle(DealRoomStatusChanged e)
    {
        var meaning = e.Status switch
        {
            RoomStatusNames.Active => "Members can now work in the room.",
            RoomStatusNames.Closed => "The room is read-only: its documents stay available as permitted, nothing can be changed.",
            RoomStatusNames.Archived => "The room is archived and visible to its managers only.",
            _ => "",
        };
        return Each(e.Members, member => Notices.To(e.EventId, member, Categories.Access,
            new RoomStatusChangedEmail(e.RoomName, e.PreviousStatus, e.Status, meaning), $"{e.RoomName} is now {e.Status}", meaning));
    }

    public static OutgoingMessages Handle(MemberJoined e) =>
        Each(e.Managers, manager => Notices.To(e.EventId, manager, Categories.DealActivity,
            new MemberJoinedEmail(e.RoomName, e.DisplayName, e.Email, e.Role),
            $"{e.DisplayName} joined {e.RoomName}", $"{e.DisplayName} ({e.Email}) joined as {e.Role}."));

    /// <summary>New documents are frequent: unless someone asked for them at once, they arrive in the daily summary.</summary>
    public static OutgoingMessages Handle(DocumentAdded e)
    {
        var what = e.Version == 1 ? "New document" : $"Version {e.Version.ToString(CultureInfo.InvariantCulture)}";
        var messages = Each(e.Audience, member => Notices.To(e.EventId, member, Categories.DealActivity,
            new DocumentAddedEmail(e.RoomName, e.Name, e.Index, what), $"{what} in {e.RoomName}", $"{e.Index} {e.Name}", digestByDefault: true));

        // Members who cannot open the document yet (terms to accept, networks to come from) learn only that
        // something arrived, never its name.
        foreach (var member in e.Unnamed ?? [])
        {
            messages.Add(Notices.To(e.EventId, member, Categories.DealActivity, new DocumentsAddedEmail(e.RoomName),
                $"New documents in {e.RoomName}", "New documents were added; open the room to see them.", digestByDefault: true));
        }

        return messages;
    }

    public static OutgoingMessages Handle(SupportAccessRequested e) =>
        Each(e.Managers, manager => Notices.To(e.EventId, manager, Categories.Access,
            new SupportAccessRequestedEmail(e.RoomName, e.RoomId.ToString(), e.RequestId.ToString(), e.SupportName, e.Reason),
            $"Support asks to enter {e.RoomName}", e.Reason));

    public static NotifyRecipient Handle(SupportAccessGranted e) =>
        Notices.To(e.EventId, e.Support, Categories.Access,
            new SupportAccessGrantedEmail(e.RoomName, e.DecidedByName, Notices.When(e.ExpiresAt), e.MayViewDocuments
                ? "You may read the room's tree and documents' details, and view its documents."
                : "You may read the room's tree and documents' details; documents themselves stay closed to you."),
            $"Access to {e.RoomName} granted", $"Until {Notices.When(e.ExpiresAt)}");

    public static NotifyRecipient Handle(SupportAccessDenied e) => Ended(e.EventId, e.Support, e.RoomName, e.DecidedByName, "denied");

    public static NotifyRecipient Handle(SupportAccessRevoked e) => Ended(e.EventId, e.Support, e.RoomName, e.RevokedByName, "revoked");

    private static NotifyRecipient Ended(Guid eventId, RoomRecipient support, string room, string manager, string outcome) =>
        Notices.To(eventId, support, Categories.Access, new SupportAccessEndedEmail(room, manager, outcome), $"Support access to {room} {outcome}");

    private static OutgoingMessages Each(IEnumerable<RoomRecipient> recipients, Func<RoomRecipient, NotifyRecipient> notice)
    {
        var messages = new OutgoingMessages();
        messages.AddRange(recipients.Select(notice));
        return messages;
    }
}
