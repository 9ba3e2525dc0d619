using SmartRoom.Modules.DealRooms.Contracts;
using MessagingRecipient = SmartRoom.Modules.Messaging.Contracts.Recipient;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Templates.Models;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>
/// Builds the per-recipient message. With no preference set, an optional notice is emailed at once — or, for
/// frequent news (<c>digestByDefault</c>), kept for the daily summary; a feed entry is added when it has a title.
/// </summary>
internal static class Notices
{
    public static NotifyRecipient To(
        Guid eventId, Guid? userId, string email, string displayName, string category, EmailModel model,
        string? feedTitle = null, string? feedBody = null, bool digestByDefault = false) =>
        new(eventId, userId, email, displayName, category, model.ToJson(), feedTitle, feedBody, digestByDefault);

    public static NotifyRecipient To(
        Guid eventId, RoomRecipient recipient, string category, EmailModel model,
        string? feedTitle = null, string? feedBody = null, bool digestByDefault = false) =>
        To(eventId, recipient.UserId, recipient.Email, recipient.DisplayName, category, model, feedTitle, feedBody, digestByDefault);

    public static NotifyRecipient To(
        Guid eventId, MessagingRecipient recipient, string category, EmailModel model,
        string? feedTitle = null, string? feedBody = null, bool digestByDefault = false) =>
        To(eventId, recipient.UserId, recipient.Email, recipient.DisplayName, category, model, feedTitle, feedBody, digestByDefault);

    /// <summary>event × recipient × template: the same event delivered again adds no second feed entry or summary line.</summary>
    public static string Key(Guid eventId, Guid userId, string template) => $"{eventId:N}:{userId:N}:{template}";

    /// <summary>event × address × template: the same event delivered again records (and sends) no second email.</summary>
    public static string DeliveryKey(Guid eventId, string email, string template) => $"{eventId:N}:{email}:{template}";

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
