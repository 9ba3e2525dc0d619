using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.ContentSiteApi;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>The site's cookie banner over plain HTTP: shown until a choice, recorded in Privacy's ledger, protected against forged forms.</summary>
public sealed class SiteCookieBannerTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task The_banner_offers_accept_all_and_reject_all_as_the_same_kind_of_button_side_by_side_and_a_choice_per_category()
    {
        var page = ParseValid(await App.SiteVisitor().PageAsync("/testimonials"), "a page with the banner");

        var banner = page.QuerySelector(".cookie-banner").ShouldNotBeNull();
        var buttons = banner.QuerySelectorAll("button");
        buttons.Select(b => b.TextContent).ShouldBe(["Accept all", "Reject all"]);
        buttons.Select(b => b.ClassName).Distinct().ShouldHaveSingleItem().ShouldBe("cookie-button");
        buttons.Select(b => b.ParentElement!.ParentElement).Distinct().ShouldHaveSingleItem()!.ClassName.ShouldBe("cookie-actions");
        buttons.ShouldAllBe(b => b.GetAttribute("type") == "submit" && b.ParentElement!.GetAttribute("method") == "post" && b.ParentElement!.GetAttribute("action") == "/cookies");
        banner.QuerySelectorAll("input[name=returnUrl]").Select(i => i.GetAttribute("value")).Distinct().ShouldHaveSingleItem().ShouldBe("/testimonials");
        banner.QuerySelector("a.cookie-choose")!.GetAttribute("href").ShouldBe("/cookies?returnUrl=%2Ftestimonials");

        var choose = ParseValid(await App.SiteVisitor().PageAsync("/cookies?returnUrl=%2Ftestimonials"), "the cookie page");
        choose.QuerySelector(".cookie-banner").ShouldBeNull();
        choose.QuerySelectorAll("form.cookie-form input[type=checkbox]").Select(i => i.GetAttribute("name")).ShouldBe(["analytics", "marketing"]);
        choose.QuerySelectorAll("form.cookie-form input[type=checkbox]").ShouldAllBe(i => !i.HasAttribute("checked"));
        choose.QuerySelector("form.cookie-form input[name=returnUrl]")!.GetAttribute("value").ShouldBe("/testimonials");
    }

    [Fact]
    public async Task Reject_all_is_recorded_in_Privacys_ledger_comes_back_to_the_page_and_the_banner_is_gone_everywhere()
    {
        var visitor = App.SiteVisitor();
        (await visitor.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent")).GetProperty("asked").GetBoolean().ShouldBeFalse();

        var response = await visitor.ChooseOnBannerAsync("/privacy", "reject-all");

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe("/privacy");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("smartroom_visitor=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        var choices = await visitor.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent");
        choices.GetProperty("asked").GetBoolean().ShouldBeTrue();
        choices.GetProperty("analytics").GetBoolean().ShouldBeFalse();
        choices.GetProperty("marketing").GetBoolean().ShouldBeFalse();
        (await App.VisitorConsentRecordsAsync()).ShouldBe(2, "one record per optional category");
        foreach (var path in new[] { "/privacy", "/blog", "/testimonials" })
        {
            new HtmlParser().ParseDocument(await visitor.PageAsync(path)).QuerySelector(".cookie-banner").ShouldBeNull(path);
        }

        new HtmlParser().ParseDocument(await App.SiteVisitor().PageAsync("/blog")).QuerySelector(".cookie-banner").ShouldNotBeNull("another visitor has not chosen");
    }

    [Fact]
    public async Task Accept_all_is_recorded_likewise()
    {
        var visitor = App.SiteVisitor();

        var response = await visitor.ChooseOnBannerAsync("/blog", "accept-all");

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.ShouldBe("/blog");
        var choices = await visitor.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent");
        choices.GetProperty("analytics").GetBoolean().ShouldBeTrue();
        choices.GetProperty("marketing").GetBoolean().ShouldBeTrue();
        new HtmlParser().ParseDocument(await visitor.PageAsync("/blog")).QuerySelector(".cookie-banner").ShouldBeNull();
    }

    [Fact]
    public async Task The_cookie_page_saves_a_choice_per_category_and_shows_it_next_time()
    {
        var visitor = App.SiteVisitor();
        var (field, token, returnUrl) = await visitor.FormOfAsync("/cookies?returnUrl=%2Fblog");

        var response = await visitor.PostCookieFormAsync(new() { [field] = token, ["returnUrl"] = returnUrl, ["choice"] = "save", ["analytics"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe("/blog");
        var choices = await visitor.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent");
        choices.GetProperty("analytics").GetBoolean().ShouldBeTrue();
        choices.GetProperty("marketing").GetBoolean().ShouldBeFalse();
        var page = new HtmlParser().ParseDocument(await visitor.PageAsync("/cookies"));
        page.QuerySelector("input[name=analytics]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("input[name=marketing]")!.HasAttribute("checked").ShouldBeFalse();
    }

    [Fact]
    public async Task A_signed_in_persons_choice_goes_to_their_account()
    {
        var user = App.SiteVisitor();
        user.DefaultRequestHeaders.Authorization = new("Bearer", (await App.SignUpAsync()).Tokens.AccessToken);
        (await user.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent")).GetProperty("asked").GetBoolean().ShouldBeFalse();
        var (field, token, _) = await user.FormOfAsync("/blog");

        var response = await user.PostCookieFormAsync(new() { [field] = token, ["returnUrl"] = "/blog", ["choice"] = "reject-all" });

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther, await response.Content.ReadAsStringAsync());
        (await user.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent")).GetProperty("asked").GetBoolean().ShouldBeTrue();
        (await App.VisitorConsentRecordsAsync()).ShouldBe(0, "recorded against the account, not a visitor");
        new HtmlParser().ParseDocument(await user.PageAsync("/blog")).QuerySelector(".cookie-banner").ShouldBeNull();
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_and_nothing_is_recorded()
    {
        var visitor = App.SiteVisitor();
        var (field, token, _) = await visitor.FormOfAsync("/blog");

        var missing = await visitor.PostCookieFormAsync(new() { ["returnUrl"] = "/blog", ["choice"] = "reject-all" });
        var forged = await visitor.PostCookieFormAsync(new() { [field] = token[..^4] + "AAAA", ["returnUrl"] = "/blog", ["choice"] = "accept-all" });
        var otherVisitor = await App.SiteVisitor().PostCookieFormAsync(new() { [field] = token, ["returnUrl"] = "/blog", ["choice"] = "accept-all" });
        var json = await visitor.PostAsJsonAsync("/cookies", new { choice = "accept-all" });

        foreach (var response in new[] { missing, forged, otherVisitor, json })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        }

        (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("antiforgery");
        await QuietAsync();
        (await App.VisitorConsentRecordsAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("ACCEPT-ALL")]
    public async Task An_unknown_choice_is_refused_and_nothing_is_recorded(string choice)
    {
        var visitor = App.SiteVisitor();
        var (field, token, _) = await visitor.FormOfAsync("/blog");

        var response = await visitor.PostCookieFormAsync(new() { [field] = token, ["returnUrl"] = "/blog", ["choice"] = choice });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("choice", out _).ShouldBeTrue();
        await QuietAsync();
        (await App.VisitorConsentRecordsAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_off_the_site_goes_home_instead(string returnUrl)
    {
        var visitor = App.SiteVisitor();

        var response = await visitor.ChooseOnBannerAsync("/blog", "reject-all", returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
