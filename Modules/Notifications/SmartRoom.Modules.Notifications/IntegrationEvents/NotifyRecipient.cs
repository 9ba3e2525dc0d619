using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Tell one person about one event: a durable message of the module's own queue, one per recipient, so each
/// recipient's notice commits (or retries) on its own. <paramref name="Model"/> is the email's typed model as
/// JSON (its secrets sealed); <paramref name="UserId"/> is null for someone without an account (an invitee).
/// </summary>
[MessageIdentity("notifications.notify-recipient.v1")]
public sealed record NotifyRecipient(
    Guid EventId,
    Guid? UserId,
    string Email,
    string DisplayName,
    string Category,
    string Model,
    string? FeedTitle = null,
    string? FeedBody = null,
    bool DigestByDefault = false);
