using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetCookieConsent;

internal static class GetCookieConsentEndpoint
{
    // Public: the banner asks before anyone signs in; a visitor reads only the choices of the id in their own cookie.
    public static void Map(IEndpointRouteBuilder privacy) =>
        privacy.MapGet("/cookie-consent", async (HttpContext http, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetCookieConsent(VisitorCookie.Read(http.Request.Cookies[VisitorCookie.Name])), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetCookieConsent")
            .WithSummary("The visitor's current cookie choices (from the visitor cookie, or the signed-in account); asked is false until one was made.")
            .Produces<CookieConsentView>()
            .Public();
}
