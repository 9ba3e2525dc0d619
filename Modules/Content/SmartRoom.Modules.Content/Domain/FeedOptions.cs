namespace SmartRoom.Modules.Content.Domain;

/// <summary>The blog's feeds, under <c>SmartRoom:Content:Feeds</c>: what a feed reader shows of the channel.</summary>
internal sealed class FeedOptions
{
    public const string Section = "SmartRoom:Content:Feeds";

    public string Title { get; set; } = "SmartRoom blog";

    public string Description { get; set; } = "News and articles from SmartRoom, the secure deal room.";

    /// <summary>The feeds' language (RSS <c>language</c>, Atom <c>xml:lang</c>).</summary>
    public string Language { get; set; } = "en";

    /// <summary>How many of the newest public posts a feed carries.</summary>
    public int Items { get; set; } = 20;
}
