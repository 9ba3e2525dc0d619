using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Content.Contracts;

/// <summary>A request to remove a post or comment was received; the requester is told by when it will be decided.</summary>
[MessageIdentity("content.removal-request-received.v1")]
public sealed record RemovalRequestReceived(
    Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, string Url, DateTimeOffset DueAt, ContentRecipient Requester) : IIntegrationEvent;
