namespace SmartRoom.Modules.Identity.Domain;

/// <summary>How long bearer sign-ins last: the access token, and the refresh token (and its session).</summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan AccessToken = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan RefreshToken = TimeSpan.FromDays(14);
}
