namespace SmartRoom.Modules.Content.Views;

/// <summary>One page of public posts, newest first, and whether there are pages before and after it.</summary>
internal sealed record PostListView(IReadOnlyList<PostSummaryView> Posts, int Page, bool HasPrevious, bool HasNext);
