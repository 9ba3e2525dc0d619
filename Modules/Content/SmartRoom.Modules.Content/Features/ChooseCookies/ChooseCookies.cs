namespace SmartRoom.Modules.Content.Features.ChooseCookies;

/// <summary>
/// The cookie banner's or the cookie page's form: <see cref="Choice"/> is <c>accept-all</c>, <c>reject-all</c> (one
/// click each, equally easy) or <c>save</c> (with <see cref="Analytics"/> and <see cref="Marketing"/> as ticked).
/// Recorded in Privacy's consent ledger against the signed-in account, else the visitor (<see cref="VisitorId"/>).
/// </summary>
internal sealed record ChooseCookies(string? Choice, bool Analytics, bool Marketing, Guid? VisitorId, string? ReturnUrl)
    : ICommand<Result<CookiesChosen>>
{
    public const string AcceptAll = "accept-all";
    public const string RejectAll = "reject-all";
    public const string Save = "save";
}

/// <summary>The id Privacy's visitor cookie must keep (null when recorded against an account), and where to go back to.</summary>
internal sealed record CookiesChosen(Guid? VisitorId, string ReturnUrl);
