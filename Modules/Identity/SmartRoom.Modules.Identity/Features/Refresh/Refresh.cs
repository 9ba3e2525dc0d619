using System.Security.Claims;

namespace SmartRoom.Modules.Identity.Features.Refresh;

/// <summary>
/// Trades a refresh token for a new pair. The token is single-use: each refresh rotates the session's
/// token id, and replaying an old one revokes the session (someone else holds a copy). A revoked session,
/// a changed security stamp (password change, sign-out everywhere, lock, role change) or a locked account
/// refuses at once.
/// </summary>
internal sealed record Refresh(string RefreshToken) : ICommand<Result<ClaimsPrincipal>>;

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record RefreshBody(string RefreshToken);
