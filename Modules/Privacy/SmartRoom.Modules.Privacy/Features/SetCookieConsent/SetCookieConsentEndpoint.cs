using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.SetCookieConsent;

internal static class SetCookieConsentEndpoint
{
    internal sealed record Body(bool? AcceptAll, bool? RejectAll, CookieChoices? Choices);

    // Public: visitors choose before (or without) having an account; rate-limited like the other public forms.
    public static void Map(IEndpointRouteBuilder privacy) =>
        privacy.MapPost("/cookie-consent", async (Body body, HttpContext http, IWebHostEnvironment environment, TimeProvider clock, ISender sender, CancellationToken ct) =>
            {
                var command = new SetCookieConsent(
                    VisitorCookie.Read(http.Request.Cookies[VisitorCookie.Name]), body.AcceptAll == true, body.RejectAll == true, body.Choices,
                    http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : null);
                return (await sender.Send(command, ct)).ToHttp(set =>
                {
                    if (set.VisitorId is { } visitor)
                    {
                        http.Response.Cookies.Append(VisitorCookie.Name, visitor.ToString(), new CookieOptions
                        {
                            HttpOnly = true,
                            Secure = !environment.IsDevelopment(),
                            SameSite = SameSiteMode.Lax,
                            Path = "/",
                            IsEssential = true,
                            Expires = clock.GetUtcNow().AddMonths(VisitorCookie.Months),
                        });
                    }

                    return TypedResults.Ok(set.Choices);
                });
            })
            .WithName("SetCookieConsent")
            .WithSummary("Record a visitor's cookie choices: {acceptAll: true}, {rejectAll: true} or {choices: {analytics, marketing}}; sets the visitor cookie.")
            .Produces<CookieConsentView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.CookieConsent)
            .Public();
}
