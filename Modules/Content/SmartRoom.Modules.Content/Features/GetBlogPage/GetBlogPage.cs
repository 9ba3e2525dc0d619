using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetBlogPage;

/// <summary>The blog's index page <see cref="Page"/> (from 1): public posts, newest first, ten a page.</summary>
internal sealed record GetBlogPage(int Page) : IQuery<Result<PostListView>>;
