namespace SmartRoom.Modules.Content.Features.GetCookiesPage;

/// <summary>
/// The page that offers a choice per cookie category, checked as the account (else the visitor of
/// <see cref="VisitorId"/>) chose last; the form comes back to <see cref="ReturnUrl"/> (a local path, else the home page).
/// </summary>
internal sealed record GetCookiesPage(Guid? VisitorId, string? ReturnUrl) : IQuery<Result<CookiesPageView>>;

internal sealed record CookiesPageView(bool Chosen, bool Analytics, bool Marketing, string ReturnUrl);
