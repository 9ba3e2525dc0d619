namespace SmartRoom.Modules.Content.Domain;

/// <summary>The blog's refusals, worded once.</summary>
internal static class PostErrors
{
    /// <summary>Unknown, or not public (draft, scheduled, unpublished): the public cannot tell them apart.</summary>
    public static readonly Error NotFound = new(ErrorKind.NotFound, "post-not-found", "The post was not found.");

    public static readonly Error SlugTaken = Error.Conflict("slug-taken", "Another post has, or once had, this slug.");

    public static readonly Error VersionConflict = Error.Conflict(
        "version-conflict", "The post was changed since you read it: read it again and repeat your change.");

    public static readonly Error AlreadyPublished = Error.Conflict("post-already-published", "The post is already published.");

    public static readonly Error NotPublished = Error.Conflict("post-not-published", "The post is neither published nor scheduled.");

    public static readonly Error PublishedOnce = Error.Conflict(
        "post-was-published", "A post that has been published cannot be deleted; unpublish it instead.");
}
