using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Content.Site;

/// <summary>
/// Renders a page component (a Razor component, statically, on the server) inside the site's frame and answers it
/// with the site's headers: the page's model reaches the component as a cascading value, the frame (site name, base
/// address, stylesheet, cookie banner) as another. The banner shows until Privacy says a choice was made for this
/// account or visitor. A page without the banner is answered with an ETag and 304 when it did not change.
/// </summary>
internal sealed class SitePages(SiteSettings settings, IAntiforgery antiforgery, IMessageBus bus, ICurrentUser caller, ILoggerFactory loggers)
{
    /// <summary>The page for <paramref name="result"/>: its value rendered by <typeparamref name="TPage"/>, a 404 page, or the error as a problem.</summary>
    public async Task<IResult> AnswerAsync<TPage, TModel>(HttpContext http, Result<TModel> result, SitePage kind = SitePage.Reading)
        where TPage : IComponent =>
        result.IsSuccess ? await PageAsync<TPage, TModel>(http, result.Value, StatusCodes.Status200OK, kind)
        : result.Error.Kind == ErrorKind.NotFound ? await NotFoundAsync(http)
        : result.Error.ToProblem();

    public Task<IResult> NotFoundAsync(HttpContext http) =>
        PageAsync<NotFoundPage, NotFoundPage.Nothing>(http, new NotFoundPage.Nothing(), StatusCodes.Status404NotFound, SitePage.Reading);

    public async Task<IResult> PageAsync<TPage, TModel>(HttpContext http, TModel model, int status, SitePage kind)
        where TPage : IComponent
    {
        var banner = kind == SitePage.Reading && !await ChosenAsync(http.Request, http.RequestAborted)
            ? new CookieBanner(ReturnUrls.LocalOrHome(http.Request.Path + http.Request.QueryString))
            : null;
        var form = banner is not null || kind == SitePage.Form ? Token(http) : null;
        var frame = new SiteFrame(settings.Name, settings.BaseUrl, SiteStylesheet.Url, banner, form);
        var html = await RenderAsync<TPage, TModel>(http, frame, model);

        SiteHeaders.Apply(http.Response, form is null ? SiteHeaders.RevalidatedPage : SiteHeaders.PageWithForm);
        if (form is null && status == StatusCodes.Status200OK)
        {
            var etag = ETagOf(html);
            http.Response.Headers.ETag = etag;
            if (PublicCaching.HoldsCurrent(http.Request, etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
        }

        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private async Task<bool> ChosenAsync(HttpRequest request, CancellationToken ct) =>
        (await bus.InvokeAsync<CookieChoiceState>(new GetCookieChoice(caller.Id, VisitorIds.Of(request)), ct)).Chosen;

    private FormToken Token(HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken!);
    }

    private async Task<string> RenderAsync<TPage, TModel>(HttpContext http, SiteFrame frame, TModel model)
        where TPage : IComponent
    {
        RenderFragment page = b =>
        {
            b.OpenComponent<TPage>(0);
            b.CloseComponent();
        };
        RenderFragment withModel = b =>
        {
            b.OpenComponent<CascadingValue<TModel>>(0);
            b.AddComponentParameter(1, nameof(CascadingValue<TModel>.Value), model);
            b.AddComponentParameter(2, nameof(CascadingValue<TModel>.IsFixed), true);
            b.AddComponentParameter(3, nameof(CascadingValue<TModel>.ChildContent), page);
            b.CloseComponent();
        };
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(CascadingValue<SiteFrame>.Value)] = frame,
            [nameof(CascadingValue<SiteFrame>.IsFixed)] = true,
            [nameof(CascadingValue<SiteFrame>.ChildContent)] = withModel,
        });

        await using var renderer = new HtmlRenderer(http.RequestServices, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<CascadingValue<SiteFrame>>(parameters)).ToHtmlString());
    }

    private static string ETagOf(string html) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(html)).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
}
