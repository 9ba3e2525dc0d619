namespace SmartRoom.Modules.Content.Features.ListComments;

internal sealed class ListCommentsValidator : AbstractValidator<ListComments>
{
    public ListCommentsValidator()
    {
        RuleFor(x => x.Slug).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}
