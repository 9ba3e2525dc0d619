using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>An answered question was published as an FAQ to <paramref name="Recipients"/> (members of the groups it was published to).</summary>
[MessageIdentity("messaging.faq-published.v1")]
public sealed record FaqPublished(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string RoomName, Guid QuestionId, int Number, string Category,
    IReadOnlyList<Recipient> Recipients) : IIntegrationEvent;
