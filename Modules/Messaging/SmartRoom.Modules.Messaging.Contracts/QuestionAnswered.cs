using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>A manager approved the answer: <paramref name="Recipients"/> (the asker's group) may read it now.</summary>
[MessageIdentity("messaging.question-answered.v1")]
public sealed record QuestionAnswered(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string RoomName, Guid QuestionId, int Number, string Category,
    IReadOnlyList<Recipient> Recipients) : IIntegrationEvent;
