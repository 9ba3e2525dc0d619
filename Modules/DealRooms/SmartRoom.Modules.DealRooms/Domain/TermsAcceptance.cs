namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A member's acceptance of one exact text of the room's terms, with where it was given from.</summary>
internal sealed class TermsAcceptance
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid UserId { get; init; }

    public int TermsVersion { get; init; }

    public required string TermsHash { get; init; }

    public DateTimeOffset AcceptedAt { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
