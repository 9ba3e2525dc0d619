namespace SmartRoom.Modules.Content.Features.GetPostPage;

internal sealed class GetPostPageValidator : AbstractValidator<GetPostPage>
{
    public GetPostPageValidator() =>
        RuleFor(x => x.Slug).NotEmpty().MaximumLength(200).OverridePropertyName("slug");
}
