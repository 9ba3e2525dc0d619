using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetCookieConsent;

/// <summary>The current cookie choices of the signed-in account (or the account another module names), else of the visitor whose cookie holds <see cref="VisitorId"/>.</summary>
internal sealed record GetCookieConsent(Guid? VisitorId, Guid? UserId = null) : IQuery<Result<CookieConsentView>>;
