namespace SmartRoom.Modules.Content.Features.GetBlogPage;

internal sealed class GetBlogPageValidator : AbstractValidator<GetBlogPage>
{
    public GetBlogPageValidator() =>
        RuleFor(x => x.Page).InclusiveBetween(1, PostListing.MaxPage).OverridePropertyName("page");
}
