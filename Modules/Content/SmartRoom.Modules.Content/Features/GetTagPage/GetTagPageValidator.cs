namespace SmartRoom.Modules.Content.Features.GetTagPage;

internal sealed class GetTagPageValidator : AbstractValidator<GetTagPage>
{
    public GetTagPageValidator()
    {
        RuleFor(x => x.Tag).NotEmpty().MaximumLength(100).OverridePropertyName("tag");
        RuleFor(x => x.Page).InclusiveBetween(1, PostListing.MaxPage).OverridePropertyName("page");
    }
}
