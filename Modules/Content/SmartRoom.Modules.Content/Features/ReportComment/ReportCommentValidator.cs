namespace SmartRoom.Modules.Content.Features.ReportComment;

internal sealed class ReportCommentValidator : AbstractValidator<ReportComment>
{
    public ReportCommentValidator()
    {
        RuleFor(x => x.Reason).PlainText(CommentText.MaxReason);
    }
}
