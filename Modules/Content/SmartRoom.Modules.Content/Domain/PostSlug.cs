namespace SmartRoom.Modules.Content.Domain;

/// <summary>A slug a post was once reachable at; asking for it answers 301 to the post's current slug. Never reused by another post.</summary>
internal sealed class PostSlug
{
    public required string Slug { get; init; }

    public Guid PostId { get; init; }

    public DateTimeOffset RetiredAt { get; init; }
}
