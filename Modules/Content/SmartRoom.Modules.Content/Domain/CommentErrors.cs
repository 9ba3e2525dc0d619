namespace SmartRoom.Modules.Content.Domain;

/// <summary>The comments' refusals, worded once.</summary>
internal static class CommentErrors
{
    public static readonly Error PostNotFound = new(ErrorKind.NotFound, "post-not-found", "The post was not found.");

    /// <summary>A comment that does not exist and one the caller may not see answer the same.</summary>
    public static readonly Error NotFound = new(ErrorKind.NotFound, "comment-not-found", "The comment was not found.");

    public static readonly Error BanNotFound = new(ErrorKind.NotFound, "ban-not-found", "The account is not banned from commenting.");

    public static readonly Error AlreadyReported = Error.Conflict("already-reported", "You have already reported this comment.");

    public static readonly Error Duplicate = Error.Conflict("duplicate-comment", "The same comment was posted already; say something new.");

    public static readonly Error Changed = Error.Conflict("comment-changed", "The comment was changed by someone else since you read it; read it again.");

    public static readonly Error CommenterChanged = Error.Conflict("ban-changed", "The ban was changed by someone else at the same time; read it again.");

    public static Error TooManyLinks(int max) => new(ErrorKind.Validation, "too-many-links", $"A comment may carry at most {max} links.",
        new Dictionary<string, string[]> { ["body"] = [$"At most {max} links."] });

    public static Error Banned(CommenterBan ban) => Error.Forbidden("commenting-banned",
        ban.Until is { } until
            ? $"Your account may not comment until {until:yyyy-MM-dd HH:mm} UTC: {ban.Reason}"
            : $"Your account may not comment: {ban.Reason}");

    public static Error TooMany(TimeSpan wait) => new(ErrorKind.TooManyRequests, "too-many-comments",
        $"Too many comments; try again in {RetryAfter.Seconds(wait)} seconds.");

    public static Error InvalidTransition(CommentStatus status, string step) =>
        Error.Conflict("invalid-transition", $"The comment is {status.ToString().ToLowerInvariant()}: it cannot be {step}.");
}
