namespace SmartRoom.Modules.Content.Site;

/// <summary>The cookie banner of a page: where to come back after the choice (<see cref="ReturnUrl"/>, a local path).</summary>
internal sealed record CookieBanner(string ReturnUrl);
