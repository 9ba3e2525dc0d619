namespace SmartRoom.Modules.Content.Features.ReportComment;

internal sealed record ReportCommentBody(string? Reason);

/// <summary>
/// A signed-in person reports a public comment, with a reason; once per account and comment (a second report is 409
/// <c>already-reported</c>). At <see cref="CommentLimits.ReportsToHold"/> open reports the comment goes back to Pending,
/// hidden from the public until marketing decides.
/// </summary>
[RequiresUser]
internal sealed record ReportComment(Guid CommentId, string? Reason) : ICommand<Result<Done>>;
