namespace SmartRoom.Modules.Content.Domain;

/// <summary>The refusals of removal requests.</summary>
internal static class RemovalRequestErrors
{
    /// <summary>
    /// The address names nothing public here: another site, garbage, a draft, a pending or hidden comment all read the
    /// same, so a request never tells what is not public.
    /// </summary>
    public static readonly Error NotOurContent = new(ErrorKind.Validation, "not-our-content",
        "The address does not name a public post or comment of this site.",
        new Dictionary<string, string[]> { ["url"] = ["Give the address of a public post or comment of this site, e.g. /blog/<slug> or /blog/<slug>#comment-<id>."] });

    public static readonly Error NotFound = Error.NotFound("removal request");

    public static readonly Error AlreadyDecided = Error.Conflict("removal-request-decided", "This removal request was already decided.");
}
