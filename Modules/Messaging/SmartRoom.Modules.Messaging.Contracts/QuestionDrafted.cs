using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>An expert drafted an answer; the room's <paramref name="Managers"/> are asked to approve it.</summary>
[MessageIdentity("messaging.question-drafted.v1")]
public sealed record QuestionDrafted(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string RoomName, Guid QuestionId, int Number, string Category,
    IReadOnlyList<Recipient> Managers) : IIntegrationEvent;
