using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>A question was assigned (by category routing or by a manager) to <paramref name="Assignee"/>, due at <paramref name="DueAt"/>.</summary>
[MessageIdentity("messaging.question-assigned.v1")]
public sealed record QuestionAssigned(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string RoomName, Guid QuestionId, int Number, string Category,
    DateTimeOffset DueAt, Recipient Assignee) : IIntegrationEvent;
