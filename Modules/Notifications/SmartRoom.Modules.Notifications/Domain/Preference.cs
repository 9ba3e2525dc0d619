namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>A recipient's choice for one optional category (absent = immediate).</summary>
internal sealed class Preference
{
    public Guid UserId { get; init; }

    public required string Category { get; init; }

    public DeliveryMode Mode { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
