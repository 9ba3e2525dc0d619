namespace SmartRoom.Modules.Content.Features.ListPublicTags;

/// <summary>The tags of the public posts, each with how many public posts carry it, most used first.</summary>
internal sealed record ListPublicTags : IQuery<Result<PublicTags>>;

/// <summary>A tag: its slug, its name (as first written on the newest post carrying it) and its public posts.</summary>
internal sealed record TagCount(string Tag, string Name, int Posts);

internal sealed record PublicTags(IReadOnlyList<TagCount> Tags, string ETag, DateTimeOffset? LastModified);
