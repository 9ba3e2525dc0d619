namespace SmartRoom.Modules.Content.Views;

/// <summary>One open report of a comment.</summary>
internal sealed record CommentReportView(Guid ReporterId, string Reason, DateTimeOffset CreatedAt);
