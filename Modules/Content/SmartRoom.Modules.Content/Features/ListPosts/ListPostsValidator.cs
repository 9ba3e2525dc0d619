namespace SmartRoom.Modules.Content.Features.ListPosts;

internal sealed class ListPostsValidator : AbstractValidator<ListPosts>
{
    public ListPostsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
        RuleFor(x => x.Tag).Must(t => t is null || Slugs.IsValid(t)).WithMessage("A tag is a slug: lower-case letters and digits joined by hyphens.");
    }
}
