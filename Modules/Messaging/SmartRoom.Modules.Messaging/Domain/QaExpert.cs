namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>A room member flagged by a manager as Q&amp;A expert for categories (one per line): questions in them are routed to them.</summary>
internal sealed class QaExpert
{
    public Guid RoomId { get; init; }

    public Guid UserId { get; init; }

    public string Categories { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
