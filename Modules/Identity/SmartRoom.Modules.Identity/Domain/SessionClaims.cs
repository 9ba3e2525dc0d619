using System.Security.Claims;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Claims our tokens carry beyond Identity's own.</summary>
internal static class SessionClaims
{
    public const string SessionId = "sr:sid";

    /// <summary>The bearer session a principal belongs to, or null (cookie sign-ins have none).</summary>
    public static Guid? SessionIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(SessionId), out var id) ? id : null;
    public const string TokenId = "sr:rtid";

    /// <summary>
    /// Cookie sign-ins only (they have no session row): when the owner last proved it is them, in Unix
    /// seconds. The cookie is encrypted and signed, so the value cannot be forged; rebuilding the principal
    /// (security-stamp revalidation) drops it, which only asks for a new proof.
    /// </summary>
    public const string ProofAt = "sr:proof-at";
}
