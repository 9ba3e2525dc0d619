namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>A likely duplicate, for the room's managers only: <see cref="QuestionId"/> reads like <see cref="SimilarId"/> (cosine <see cref="Score"/>).</summary>
internal sealed class QuestionLink
{
    public Guid QuestionId { get; init; }

    public Guid SimilarId { get; init; }

    public Guid RoomId { get; init; }

    public double Score { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
