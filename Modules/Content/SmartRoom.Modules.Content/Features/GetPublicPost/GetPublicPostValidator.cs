namespace SmartRoom.Modules.Content.Features.GetPublicPost;

internal sealed class GetPublicPostValidator : AbstractValidator<GetPublicPost>
{
    public GetPublicPostValidator() =>
        RuleFor(x => x.Slug).Must(Slugs.IsValid).WithMessage("A slug is lower-case letters and digits joined by hyphens.");
}
