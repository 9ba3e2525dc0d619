namespace SmartRoom.Modules.Content.Domain;

/// <summary>The rules on what an author sends for a post, shared by creating and changing one.</summary>
internal static class PostInputRules
{
    public static void AddPostRules<T>(this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, string>> title, System.Linq.Expressions.Expression<Func<T, string>> summary,
        System.Linq.Expressions.Expression<Func<T, string>> markdown, System.Linq.Expressions.Expression<Func<T, IEnumerable<string>>> tags,
        System.Linq.Expressions.Expression<Func<T, string?>> slug)
    {
        validator.RuleFor(title).NotEmpty().MaximumLength(PostWriting.TitleMax).Must(t => t.Trim().Length > 0).WithMessage("Give the post a title.");
        validator.RuleFor(summary).NotEmpty().MaximumLength(PostWriting.SummaryMax);
        validator.RuleFor(markdown).NotEmpty().MaximumLength(PostWriting.MarkdownMax);
        validator.RuleFor(tags).Must(t => t is null || t.Count() <= PostWriting.TagsMax)
            .WithMessage($"A post has at most {PostWriting.TagsMax} tags.");
        validator.RuleForEach(tags).NotEmpty().MaximumLength(PostWriting.TagMax)
            .Must(t => t is null || Slugs.From(t, PostWriting.TagMax).Length > 0).WithMessage("A tag needs at least one letter or digit.");
        validator.RuleFor(slug).Must(s => s is null || Slugs.IsValid(s))
            .WithMessage($"A slug is lower-case letters and digits in words joined by single hyphens, at most {Slugs.MaxLength} characters.");
    }
}
