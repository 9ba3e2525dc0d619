namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// A person a breach affects, as selected by a privacy officer (e.g. everyone who acted in a room between two
/// times), and the state of the notice sent to them. Unique per breach × person.
/// </summary>
internal sealed class BreachSubject
{
    public Guid Id { get; init; }

    public Guid BreachId { get; init; }

    public Guid UserId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public DateTimeOffset SelectedAt { get; init; }

    public Guid? SelectedBy { get; init; }

    /// <summary>The id of the <c>BreachNoticeIssued</c> event that told them; Notifications reports on it.</summary>
    public Guid? NoticeEventId { get; set; }

    public DateTimeOffset? NotifiedAt { get; set; }

    public string Delivery { get; set; } = BreachDelivery.NotNotified;

    public string? DeliveryReason { get; set; }

    public DateTimeOffset? DeliveryReportedAt { get; set; }
}
