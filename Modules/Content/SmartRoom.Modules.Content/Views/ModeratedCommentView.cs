namespace SmartRoom.Modules.Content.Views;

/// <summary>A comment as marketing moderates it: where, by whom, its state, and the open reports with their reasons.</summary>
internal sealed record ModeratedCommentView(
    Guid Id,
    Guid PostId,
    string PostSlug,
    string PostTitle,
    Guid AuthorId,
    string AuthorName,
    string Body,
    CommentStatus Status,
    int LinkCount,
    int ReportCount,
    IReadOnlyList<CommentReportView> Reports,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? ModerationReason,
    DateTimeOffset? ModeratedAt,
    int Version);
