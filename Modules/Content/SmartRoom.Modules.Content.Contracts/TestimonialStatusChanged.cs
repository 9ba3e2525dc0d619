using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Content.Contracts;

/// <summary>
/// A testimonial's status changed and its author is told: <paramref name="Status"/> is one of
/// <see cref="TestimonialStatuses"/>; <paramref name="Reason"/> is marketing's written reason for a rejection or an
/// unpublication (null otherwise). Never carries the quote.
/// </summary>
[MessageIdentity("content.testimonial-status-changed.v1")]
public sealed record TestimonialStatusChanged(
    Guid EventId, DateTimeOffset OccurredAt, Guid TestimonialId, string Status, string? Reason, ContentRecipient Author) : IIntegrationEvent;
