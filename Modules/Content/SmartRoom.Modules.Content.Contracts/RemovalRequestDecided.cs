using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Content.Contracts;

/// <summary>
/// Marketing decided a removal request: <paramref name="Removed"/> true when the content was taken down, else it was
/// kept and <paramref name="Reason"/> is the written reason the requester receives.
/// </summary>
[MessageIdentity("content.removal-request-decided.v1")]
public sealed record RemovalRequestDecided(
    Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, string Url, bool Removed, string Reason, ContentRecipient Requester) : IIntegrationEvent;
