namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>An address the mail server refused permanently: never tried again until an admin lifts it.</summary>
internal sealed class SuppressedAddress
{
    public required string Address { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset SuppressedAt { get; init; }
}
