namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// One account's report of a published comment, with its reason; one per account and comment. Open reports count
/// towards holding the comment back for moderation (<see cref="CommentLimits.ReportsToHold"/>); a moderator's decision
/// on the comment resolves them (<see cref="ResolvedAt"/>).
/// </summary>
internal sealed class CommentReport
{
    public Guid Id { get; init; }

    public Guid CommentId { get; init; }

    public Guid ReporterId { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
