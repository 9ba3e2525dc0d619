namespace SmartRoom.Modules.Content.Views;

/// <summary>
/// A document of the public site served as it is (a feed, the sitemap, robots.txt): its bytes (UTF-8), its media type, and the
/// time of the newest change it shows (null when it shows none), for conditional requests.
/// </summary>
internal sealed record SiteDocument(byte[] Body, string ContentType, DateTimeOffset? LastModified);
