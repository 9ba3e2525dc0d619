namespace SmartRoom.Modules.Privacy.Views;

/// <summary>
/// A visitor's cookie choices: strictly necessary cookies are always on (they need no consent); analytics and
/// marketing cookies only when currently consented. <see cref="Asked"/> is false until a choice was made (show the banner).
/// </summary>
internal sealed record CookieConsentView(bool Asked, bool Necessary, bool Analytics, bool Marketing, DateTimeOffset? DecidedAt);
