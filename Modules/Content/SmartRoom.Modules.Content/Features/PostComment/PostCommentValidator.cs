namespace SmartRoom.Modules.Content.Features.PostComment;

internal sealed class PostCommentValidator : AbstractValidator<PostComment>
{
    public PostCommentValidator()
    {
        RuleFor(x => x.Slug).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Body).PlainText(CommentText.MaxBody);
    }
}
