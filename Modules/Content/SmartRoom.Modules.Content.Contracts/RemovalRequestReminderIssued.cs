using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Content.Contracts;

/// <summary>A removal request is close to (or past) its deadline undecided; marketing staff are reminded.</summary>
[MessageIdentity("content.removal-request-reminder-issued.v1")]
public sealed record RemovalRequestReminderIssued(
    Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, string Url, DateTimeOffset DueAt, bool Overdue,
    IReadOnlyList<ContentRecipient> Moderators) : IIntegrationEvent;
