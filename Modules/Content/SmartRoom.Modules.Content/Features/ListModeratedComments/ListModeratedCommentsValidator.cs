namespace SmartRoom.Modules.Content.Features.ListModeratedComments;

internal sealed class ListModeratedCommentsValidator : AbstractValidator<ListModeratedComments>
{
    public ListModeratedCommentsValidator()
    {
        RuleFor(x => x.Status)
            .Must(s => s is null || (!s.Any(char.IsDigit) && Enum.TryParse<CommentStatus>(s, ignoreCase: true, out _)))
            .WithMessage("One of pending, published, hidden, deleted.");
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}
