namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The names of moderation actions as stored in <see cref="ModerationRecord.Action"/>. A stored name never changes:
/// a new action gets a new name.
/// </summary>
internal static class ModerationActions
{
    public const string PostCreated = "post.created";
    public const string PostUpdated = "post.updated";
    public const string PostScheduled = "post.scheduled";
    public const string PostPublished = "post.published";
    public const string PostUnpublished = "post.unpublished";
    public const string PostDeleted = "post.deleted";

    public const string CommentPosted = "comment.posted";
    public const string CommentReported = "comment.reported";
    public const string CommentApproved = "comment.approved";
    public const string CommentHidden = "comment.hidden";
    public const string CommentDeleted = "comment.deleted";
    public const string CommenterBanned = "commenter.banned";
    public const string CommenterUnbanned = "commenter.unbanned";

    public const string TestimonialSubmitted = "testimonial.submitted";
    public const string TestimonialEdited = "testimonial.edited";
    public const string TestimonialApproved = "testimonial.approved";
    public const string TestimonialRejected = "testimonial.rejected";
    public const string TestimonialUnpublished = "testimonial.unpublished";
    public const string TestimonialWithdrawn = "testimonial.withdrawn";
    public const string TestimonialConsentWithdrawn = "testimonial.consent-withdrawn";
    public const string TestimonialArranged = "testimonial.arranged";

    public const string RemovalRequested = "removal.requested";
    public const string RemovalRemoved = "removal.removed";
    public const string RemovalKept = "removal.kept";
}
