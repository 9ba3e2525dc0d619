using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>A manager declined the question; the <paramref name="Asker"/> reads the reason in the room.</summary>
[MessageIdentity("messaging.question-declined.v1")]
public sealed record QuestionDeclined(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string RoomName, Guid QuestionId, int Number, string Category,
    Recipient Asker) : IIntegrationEvent;
