using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.SetCookieConsent;

/// <summary>
/// The cookie banner's answer: accept all, reject all (one call, exactly as easy), or a choice per category. One
/// ledger record per cookie category (method <c>cookie-banner</c>), against the signed-in account, else against the
/// visitor id of the cookie (<see cref="VisitorId"/>, a new random one when the visitor has none yet). Another module
/// asking for its signed-in caller names the account (<see cref="UserId"/>); over HTTP the caller is the account.
/// </summary>
internal sealed record SetCookieConsent(
    Guid? VisitorId, bool AcceptAll, bool RejectAll, CookieChoices? Choices, string? IpAddress, string? UserAgent, Guid? UserId = null)
    : ICommand<Result<CookieConsentSet>>;

internal sealed record CookieChoices(bool? Analytics, bool? Marketing);

/// <param name="VisitorId">The id the visitor cookie keeps; null when the choice was recorded against an account.</param>
internal sealed record CookieConsentSet(Guid? VisitorId, CookieConsentView Choices);
