using System.Security.Claims;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Identity.Features.Login;

/// <summary>
/// Signs in with email and password (and, when enabled, an authenticator or recovery code): a bearer
/// token pair bound to a new session, or with <c>useCookies</c> the dashboard cookie. Every attempt is recorded.
/// The handler decides who is signed in and how; the endpoint writes the answer (token JSON or cookie).
/// </summary>
internal sealed record Login(string Email, string Password, bool UseCookies, string? TwoFactorCode, string? TwoFactorRecoveryCode)
    : ICommand<Result<SignInGranted>>;

/// <summary>
/// The principal to sign in, with which scheme (bearer or cookie), whether the cookie outlives the browser, and
/// where the account stands with the privacy policy.
/// </summary>
internal sealed record SignInGranted(ClaimsPrincipal Principal, string Scheme, bool IsPersistent, PolicyStanding Policy);

/// <summary>
/// The bearer sign-in's answer: the token pair as the framework's bearer scheme writes it
/// (<c>tokenType, accessToken, expiresIn, refreshToken</c>) and <see cref="Policy"/>: <c>{current, accepted, mustAccept}</c>.
/// </summary>
internal sealed record LoginResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken, PolicyStanding Policy);

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record LoginBody(string Email, string Password, string? TwoFactorCode, string? TwoFactorRecoveryCode);
