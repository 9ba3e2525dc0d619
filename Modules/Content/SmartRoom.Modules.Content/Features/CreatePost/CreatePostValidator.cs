namespace SmartRoom.Modules.Content.Features.CreatePost;

internal sealed class CreatePostValidator : AbstractValidator<CreatePost>
{
    public CreatePostValidator() => this.AddPostRules(x => x.Title, x => x.Summary, x => x.Markdown, x => x.Tags!, x => x.Slug);
}
