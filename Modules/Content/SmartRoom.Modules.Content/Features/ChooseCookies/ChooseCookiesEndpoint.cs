using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Content.Features.ChooseCookies;

internal static class ChooseCookiesEndpoint
{
    private static readonly Error ForgedForm = new(
        ErrorKind.Validation, "antiforgery", "The form did not come from this site or has expired. Reload the page and choose again.");

    // Public: visitors choose before (or without) an account. Protected by an antiforgery token and rate-limited like
    // Privacy's own cookie-consent endpoint.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapPost("/cookies", async (HttpContext http, IAntiforgery antiforgery, IWebHostEnvironment environment, TimeProvider clock, ISender sender, CancellationToken ct) =>
            {
                IFormCollection form;
                try
                {
                    if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
                    {
                        return ForgedForm.ToProblem();
                    }

                    form = await http.Request.ReadFormAsync(ct);
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
                {
                    return Error.Validation("form", "The form could not be read.").ToProblem();
                }

                var command = new ChooseCookies(
                    form["choice"].ToString(), IsTicked(form["analytics"]), IsTicked(form["marketing"]),
                    VisitorIds.Of(http.Request), form["returnUrl"].ToString());
                return (await sender.Send(command, ct)).ToHttp(chosen =>
                {
                    if (chosen.VisitorId is { } visitor)
                    {
                        // Privacy's cookie, under Privacy's name and for Privacy's time, with the same options as its own endpoint.
                        http.Response.Cookies.Append(VisitorCookies.Name, visitor.ToString(), new CookieOptions
                        {
                            HttpOnly = true,
                            Secure = !environment.IsDevelopment(),
                            SameSite = SameSiteMode.Lax,
                            Path = "/",
                            IsEssential = true,
                            Expires = clock.GetUtcNow().AddMonths(VisitorCookies.Months),
                        });
                    }

                    http.Response.Headers.CacheControl = "no-store";
                    http.Response.Headers.Location = chosen.ReturnUrl;
                    return Results.StatusCode(StatusCodes.Status303SeeOther);
                });
            })
            .WithName("ChooseCookies")
            .WithSummary("The cookie banner's form (choice=accept-all|reject-all|save, analytics, marketing, returnUrl): records the choice in Privacy's ledger, answers 303.")
            .ExcludeFromDescription()
            .RequireRateLimiting(RateLimits.CookieConsent)
            .Public();

    private static bool IsTicked(Microsoft.Extensions.Primitives.StringValues value) =>
        value.Any(v => v is "true" or "on");
}
