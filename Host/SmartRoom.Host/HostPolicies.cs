namespace SmartRoom.Host;

internal static class HostPolicies
{
    /// <summary>The dashboard: Admins signed in with the cookie (<c>POST /api/identity/login?useCookies=true</c>).</summary>
    public const string HangfireAdmin = "HangfireAdmin";
}
