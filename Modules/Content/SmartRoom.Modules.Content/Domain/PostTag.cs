namespace SmartRoom.Modules.Content.Domain;

/// <summary>A tag on a post: <see cref="Tag"/> is its slug (lower-case, used in addresses), <see cref="Name"/> as written.</summary>
internal sealed class PostTag
{
    public Guid PostId { get; init; }

    public required string Tag { get; init; }

    public required string Name { get; set; }
}
