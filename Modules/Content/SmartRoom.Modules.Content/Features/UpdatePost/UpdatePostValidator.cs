namespace SmartRoom.Modules.Content.Features.UpdatePost;

internal sealed class UpdatePostValidator : AbstractValidator<UpdatePost>
{
    public UpdatePostValidator()
    {
        this.AddPostRules(x => x.Title, x => x.Summary, x => x.Markdown, x => x.Tags!, x => x.Slug);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(1).WithMessage("Send the version of the post you read.");
    }
}
