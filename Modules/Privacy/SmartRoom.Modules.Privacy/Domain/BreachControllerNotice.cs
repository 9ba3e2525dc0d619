namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The notice to one controller of a client room (a manager of the room) about a breach, and its delivery. Unique
/// per breach × person; <see cref="Id"/> is the id of the <c>BreachNoticeIssued</c> event.
/// </summary>
internal sealed class BreachControllerNotice
{
    public Guid Id { get; init; }

    public Guid BreachId { get; init; }

    public Guid UserId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public DateTimeOffset NotifiedAt { get; init; }

    public Guid? NotifiedBy { get; init; }

    public string Delivery { get; set; } = BreachDelivery.Queued;

    public string? DeliveryReason { get; set; }

    public DateTimeOffset? DeliveryReportedAt { get; set; }
}
