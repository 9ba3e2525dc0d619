using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Persistence;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>The public site over HTTP: pages read and parsed strictly, the cookie banner's forms filled in as a browser would.</summary>
public static class ContentSiteApi
{
    /// <summary>A browser-like visitor: keeps cookies, does not follow redirects (tests look at them).</summary>
    public static HttpClient SiteVisitor(this SmartRoomApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>How many consent records Privacy's ledger holds for visitors (the banner's anonymous choices).</summary>
    public static async Task<int> VisitorConsentRecordsAsync(this SmartRoomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PrivacyDbContext>().ConsentRecords.CountAsync(r => r.VisitorId != null);
    }

    /// <summary>The page at <paramref name="path"/>, which must answer 200 with HTML.</summary>
    public static async Task<string> PageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}: {html}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        return html;
    }

    /// <summary>Parses a page as HTML5 and fails on any parse error (bad nesting, stray end tags, unquoted junk, no doctype).</summary>
    public static IHtmlDocument ParseValid(string html, string what)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position}: {error.Message}" : e.ToString()!);
        var document = parser.ParseDocument(html);
        errors.ShouldBeEmpty($"{what} is not valid HTML");
        return document;
    }

    /// <summary>The banner's (or the cookie page's) antiforgery field and return address, read from <paramref name="path"/>'s first form.</summary>
    public static async Task<(string Field, string Token, string ReturnUrl)> FormOfAsync(this HttpClient client, string path)
    {
        var document = new HtmlParser().ParseDocument(await client.PageAsync(path));
        var form = document.QuerySelector("form[action='/cookies']").ShouldNotBeNull($"{path} shows no cookie form");
        var token = form.QuerySelectorAll("input[type=hidden]").Single(i => i.GetAttribute("name") != "returnUrl");
        return (token.GetAttribute("name")!, token.GetAttribute("value")!, form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value")!);
    }

    /// <summary>Clicks a banner button on <paramref name="path"/> (<c>accept-all</c>, <c>reject-all</c>) the way a browser posts the form.</summary>
    public static async Task<HttpResponseMessage> ChooseOnBannerAsync(this HttpClient client, string path, string choice, string? returnUrl = null)
    {
        var (field, token, pageReturnUrl) = await client.FormOfAsync(path);
        return await client.PostCookieFormAsync(new() { [field] = token, ["returnUrl"] = returnUrl ?? pageReturnUrl, ["choice"] = choice });
    }

    public static Task<HttpResponseMessage> PostCookieFormAsync(this HttpClient client, Dictionary<string, string> fields) =>
        client.PostAsync("/cookies", new FormUrlEncodedContent(fields));

    /// <summary>An anonymous visitor who has already rejected optional cookies: pages show them no banner.</summary>
    public static async Task<HttpClient> VisitorWhoChoseAsync(this SmartRoomApp app)
    {
        var visitor = app.SiteVisitor();
        var response = await visitor.ChooseOnBannerAsync("/blog", "reject-all");
        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther, await response.Content.ReadAsStringAsync());
        return visitor;
    }

    /// <summary>The visitor id in a response's <c>smartroom_visitor</c> cookie.</summary>
    public static Guid VisitorIdSet(this HttpResponseMessage response) =>
        Guid.Parse(response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("smartroom_visitor=", StringComparison.Ordinal)).Split(';')[0].Split('=')[1]);
}
