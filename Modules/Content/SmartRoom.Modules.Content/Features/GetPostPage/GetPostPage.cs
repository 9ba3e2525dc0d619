using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPostPage;

/// <summary>The page of the public post at <see cref="Slug"/> with its published comments; or where an old slug moved to.</summary>
internal sealed record GetPostPage(string Slug) : IQuery<Result<PostPageView>>;

/// <summary>The post and its comments, or (<see cref="Post"/> null) the current slug an old one <see cref="MovedTo"/>.</summary>
internal sealed record PostPageView(PostArticleView? Post, string? MovedTo);

/// <summary>A public post as its page shows it: <see cref="Html"/> is the sanitised rendering of its Markdown, shown as is.</summary>
internal sealed record PostArticleView(
    string Slug,
    string Title,
    string Summary,
    string AuthorName,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string Html,
    IReadOnlyList<PostTagView> Tags,
    IReadOnlyList<PostCommentView> Comments);

/// <summary>A published comment: plain text, encoded wherever it is shown.</summary>
internal sealed record PostCommentView(Guid Id, string AuthorName, string Body, DateTimeOffset PublishedAt);
