using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Every kind of personal data Content keeps, declared for Privacy's data map, retention schedule and policy text.
/// The categories with a period are swept by <c>PurgeExpiredData</c>; the others live as long as what they belong to.
/// </summary>
internal static class ContentDataCategories
{
    public const string Module = "Content";

    /// <summary>Keys of this module's categories start with this: a sweep for any other key is not Content's.</summary>
    public const string KeyPrefix = "content.";

    public const string PostAuthors = "content.post-authors";
    public const string Comments = "content.comments";
    public const string CommentReports = "content.comment-reports";
    public const string CommentingBans = "content.commenting-bans";
    public const string Testimonials = "content.testimonials";
    public const string TestimonialConsents = "content.testimonial-consents";
    public const string RemovalRequests = "content.removal-requests";
    public const string ModerationRecord = "content.moderation-record";
    public const string MarketingTeam = "content.marketing-team";

    /// <summary>Proof and records are kept three years after what ends them.</summary>
    public const int ProofDays = 3 * 365;

    private const string Marketing = "SmartRoom's marketing staff, who moderate the blog and the testimonials.";

    public static void Register(IServiceCollection services)
    {
        Add(services, PostAuthors, "Blog post authors",
            "The name and account of the marketing staff member who wrote a blog post, shown with the post.",
            "To say who wrote a post on the public blog and in its feeds.", "Legitimate interest (publishing our blog)",
            "Everyone: published posts are public.", new RetentionRule(null, "while the post exists"));
        Add(services, Comments, "Blog comments",
            "Comments on blog posts: the author's account and display name, the text, when it was written and published, moderation " +
            "decisions with their reasons, and a keyed hash of the address it was sent from (never the address) for spam limits.",
            "To run the blog's community discussion and keep it free of spam and abuse.", "Legitimate interest (a moderated public discussion)",
            "Everyone, once a comment is published; " + Marketing, new RetentionRule(null, "while the post exists"));
        Add(services, CommentReports, "Comment reports",
            "Who reported a comment, when, and why.", "To let readers flag comments for moderation.",
            "Legitimate interest (a moderated public discussion)", Marketing, new RetentionRule(null, "while the comment exists"));
        Add(services, CommentingBans, "Commenting bans",
            "Accounts banned from commenting, by whom, why and until when.", "To keep people who abused the discussion out of it.",
            "Legitimate interest (a moderated public discussion)", Marketing, new RetentionRule(null, "while the ban lasts"));
        Add(services, Testimonials, "Testimonials",
            "Customers' testimonials: the quote, name, job title, company, logo and photo, their status and the reasons for marketing's decisions, " +
            "and where the author is told about them.",
            "To publish customers' testimonials on our site, only with their consent and only what it allows.", "Consent (GDPR art. 6(1)(a))",
            "Everyone, for what the consent allows to be shown once published; " + Marketing,
            new RetentionRule(null, "until the testimonial is withdrawn or deleted"));
        Add(services, TestimonialConsents, "Testimonial consents",
            "The consent given for a testimonial: the text agreed to with its version and hash, when, from which address and browser, how " +
            "(by the author or on paper through marketing, with the written consent), what may be shown, and when it was withdrawn.",
            "To prove that a testimonial was published with its author's consent.", "Legal obligation (GDPR art. 7(1): proof of consent)",
            Marketing, new RetentionRule(ProofDays, "after the consent is withdrawn"));
        Add(services, RemovalRequests, "Requests to remove content",
            "Requests to remove a post or comment: the address of the content, the requester's email address, name and account if signed in, " +
            "their reason, and marketing's decision with its written reason, who decided and when.",
            "To answer requests to remove content about someone within the deadline, and to show how each was decided.",
            "Legal obligation (GDPR art. 17 and 21) and legitimate interest (answering complaints)",
            Marketing + " The email provider that delivers the answers.", new RetentionRule(ProofDays, "after the decision"));
        Add(services, ModerationRecord, "Moderation record",
            "Every moderation action and every author's action on their own content: who (account), what, on which item, why, when, " +
            "and the address and browser it came from.",
            "To account for moderation decisions and investigate abuse.", "Legitimate interest (accountable moderation)",
            Marketing, new RetentionRule(ProofDays, "after the action"));
        Add(services, MarketingTeam, "Marketing team copy",
            "The email address and display name of each account with the Marketing role, copied from the account (for other accounts only " +
            "their id and when their roles last changed).",
            "To send the marketing team the removal-request deadline reminders.", "Legitimate interest (meeting our own deadlines)",
            "The email provider that delivers the reminders.", new RetentionRule(null, "while the account holds the Marketing role"));
    }

    private static void Add(IServiceCollection services, string key, string name, string what, string purpose, string basis, string recipients,
        RetentionRule retention) =>
        services.AddSingleton(new DataCategory(key, Module, name, what, purpose, basis, recipients, retention));
}
