namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>One email to one recipient, from the event that caused it to its final outcome.</summary>
internal sealed class EmailDelivery
{
    public Guid Id { get; init; }

    /// <summary>event × recipient × template: the same event delivered twice sends one email.</summary>
    public required string DeduplicationKey { get; init; }

    public required string Template { get; init; }

    public string Category { get; init; } = Categories.Security;

    public Guid? UserId { get; init; }

    /// <summary>The id of the event that caused the email; a legal email's final outcome is reported under it.</summary>
    public Guid? SourceEventId { get; init; }

    /// <summary>For non-essential mail: the one-click unsubscribe URL (RFC 8058), sent as <c>List-Unsubscribe</c>.</summary>
    public string? UnsubscribeUrl { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public required string HtmlBody { get; init; }

    /// <summary>
    /// The email as sent, when it differs from the logged bodies (it carries a code or a token): sealed with
    /// the master key, needed only to send or retry it, and cleared once the delivery ends (sent or failed).
    /// </summary>
    public string? SealedContent { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public string? ProviderMessageId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
