using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetTagPage;

/// <summary>Page <see cref="Page"/> of the public posts carrying the tag <see cref="Tag"/> (its slug), newest first.</summary>
internal sealed record GetTagPage(string Tag, int Page) : IQuery<Result<TagPageView>>;

/// <summary>The tag (as written: <see cref="Name"/>) and a page of its posts.</summary>
internal sealed record TagPageView(string Tag, string Name, PostListView Posts);
