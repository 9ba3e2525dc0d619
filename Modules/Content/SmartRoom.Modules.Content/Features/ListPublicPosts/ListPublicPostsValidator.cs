namespace SmartRoom.Modules.Content.Features.ListPublicPosts;

internal sealed class ListPublicPostsValidator : AbstractValidator<ListPublicPosts>
{
    public ListPublicPostsValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 50);
        RuleFor(x => x.Tag).Must(t => t is null || Slugs.IsValid(t)).WithMessage("A tag is a slug: lower-case letters and digits joined by hyphens.");
    }
}
