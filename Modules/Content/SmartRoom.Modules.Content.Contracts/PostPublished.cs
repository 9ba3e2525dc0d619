using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Content.Contracts;

/// <summary>
/// A blog post became public: published at once by marketing, or by the <c>content:publish-scheduled</c> job when its
/// time came (announced once per publication). <paramref name="Slug"/> is its address at that moment.
/// </summary>
[MessageIdentity("content.post-published.v1")]
public sealed record PostPublished(Guid EventId, DateTimeOffset OccurredAt, Guid PostId, string Slug, string Title) : IIntegrationEvent;
