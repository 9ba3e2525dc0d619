using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetFeed;

/// <summary>
/// The blog's feed in RSS 2.0 or Atom 1.0: the newest public posts, or the newest public posts with <see cref="Tag"/>
/// (not found when no public post carries it).
/// </summary>
internal sealed record GetFeed(GetFeed.Formats Format, string? Tag) : IQuery<Result<SiteDocument>>
{
    internal enum Formats
    {
        Rss,
        Atom,
    }
}

/// <summary>What a feed says about itself: its title and description, where it is (<see cref="Self"/>) and the page it stands for.</summary>
internal sealed record FeedChannel(
    string Title, string Description, string Language, Uri Self, Uri Page, string Id, DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries);

/// <summary>One post as a feed shows it: the absolute <see cref="Link"/> to its page, its sanitised HTML and its tags.</summary>
internal sealed record FeedEntry(
    Guid Id, Uri Link, string Title, string Summary, string Html, string Author, DateTimeOffset Published, DateTimeOffset Updated,
    IReadOnlyList<FeedTag> Tags);

internal sealed record FeedTag(string Tag, string Name);
