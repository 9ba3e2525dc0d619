using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetCookieConsent;

/// <summary>The current cookie choices of the signed-in account, else of the visitor whose cookie holds <see cref="VisitorId"/>.</summary>
internal sealed record GetCookieConsent(Guid? VisitorId) : IQuery<Result<CookieConsentView>>;
