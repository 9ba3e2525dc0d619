using System.Text.Json;
using PuppeteerSharp;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Site;

/// <summary>
/// The public site in a real headless Chromium over Kestrel: every page renders with no console error and no CSP
/// violation, with or without JavaScript, fits a 360 px phone, and the cookie banner's choice sticks and lands in
/// Privacy's ledger.
/// </summary>
public sealed class SiteBrowserTests(SiteBrowserApp app) : IClassFixture<SiteBrowserApp>, IAsyncLifetime
{
    private SiteBrowser? _browser;

    private SiteBrowser Browser => _browser!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        if (File.Exists(SiteBrowser.ExecutablePath) || Environment.GetEnvironmentVariable(BrowserFactAttribute.RequireVariable) == "1")
        {
            _browser = await SiteBrowser.LaunchAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await app.Work.WaitUntilQuietAsync();
        await app.Work.AssertNoFailuresAsync();
    }

    [BrowserFact]
    public async Task Every_page_renders_its_heading_with_no_console_error_or_CSP_violation_with_and_without_JavaScript()
    {
        var pages = await ArrangeSiteAsync();
        foreach (var javaScript in new[] { true, false })
        {
            var page = await Browser.NewPageAsync(javaScript: javaScript);
            foreach (var (path, heading) in pages)
            {
                var response = await page.GoToAsync(app.Address + path, WaitUntilNavigation.Load);

                response.Status.ShouldBe(System.Net.HttpStatusCode.OK, path);
                (await (await page.QuerySelectorAsync("h1")).EvaluateFunctionAsync<string>("h => h.textContent")).ShouldBe(heading, path);
                if (path != "/cookies")
                {
                    (await page.QuerySelectorAsync(".cookie-banner")).ShouldNotBeNull($"{path}: no choice made yet");
                }
            }

            Browser.Complaints.ShouldBeEmpty($"JavaScript {(javaScript ? "on" : "off")}");
        }
    }

    [BrowserFact]
    public async Task A_deliberate_CSP_violation_on_a_test_page_is_heard()
    {
        var page = await Browser.NewPageAsync();

        await page.GoToAsync(app.Address + SiteBrowserApp.ViolationPath, WaitUntilNavigation.Load);

        await WaitForAsync(() => Browser.Complaints.Any(c => c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)));
        (await (await page.QuerySelectorAsync("p")).EvaluateFunctionAsync<string>("p => getComputedStyle(p).color")).ShouldBe("rgb(0, 0, 0)", "the inline style was refused");
    }

    [BrowserFact]
    public async Task Reject_all_without_JavaScript_sticks_on_reload_and_on_other_pages_and_is_in_Privacys_ledger()
    {
        await ArrangeSiteAsync();
        var page = await Browser.NewPageAsync(javaScript: false);
        await page.GoToAsync(app.Address + "/testimonials", WaitUntilNavigation.Load);

        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("button[value=reject-all]"));

        page.Url.ShouldBe(app.Address + "/testimonials");
        (await page.QuerySelectorAsync(".cookie-banner")).ShouldBeNull();
        await page.ReloadAsync();
        (await page.QuerySelectorAsync(".cookie-banner")).ShouldBeNull("after a reload");
        await page.GoToAsync(app.Address + "/blog", WaitUntilNavigation.Load);
        (await page.QuerySelectorAsync(".cookie-banner")).ShouldBeNull("on another page");
        var choices = await (await page.GoToAsync(app.Address + "/api/privacy/cookie-consent")).JsonAsync<JsonElement>();
        choices.GetProperty("asked").GetBoolean().ShouldBeTrue();
        choices.GetProperty("analytics").GetBoolean().ShouldBeFalse();
        choices.GetProperty("marketing").GetBoolean().ShouldBeFalse();
        (await app.VisitorConsentRecordsAsync()).ShouldBe(2);
        Browser.Complaints.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Accept_all_sticks_likewise()
    {
        await ArrangeSiteAsync();
        var page = await Browser.NewPageAsync();
        await page.GoToAsync(app.Address + "/blog/first-post", WaitUntilNavigation.Load);

        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("button[value=accept-all]"));

        page.Url.ShouldBe(app.Address + "/blog/first-post");
        await page.ReloadAsync();
        (await page.QuerySelectorAsync(".cookie-banner")).ShouldBeNull();
        var choices = await (await page.GoToAsync(app.Address + "/api/privacy/cookie-consent")).JsonAsync<JsonElement>();
        choices.GetProperty("analytics").GetBoolean().ShouldBeTrue();
        choices.GetProperty("marketing").GetBoolean().ShouldBeTrue();
        Browser.Complaints.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task Accept_all_and_reject_all_are_the_same_size_side_by_side_on_a_phone_and_a_desktop()
    {
        foreach (var width in new[] { 360, 1024 })
        {
            var page = await Browser.NewPageAsync(width);
            await page.GoToAsync(app.Address + "/blog", WaitUntilNavigation.Load);

            var accept = await (await page.QuerySelectorAsync("button[value=accept-all]")).BoundingBoxAsync();
            var reject = await (await page.QuerySelectorAsync("button[value=reject-all]")).BoundingBoxAsync();

            // Equal to the layout's sub-pixel rounding (a flex row splits the width in fractions of a pixel).
            reject.Width.ShouldBe(accept.Width, 0.1m, $"{width} px");
            reject.Height.ShouldBe(accept.Height, 0.1m, $"{width} px");
            reject.Y.ShouldBe(accept.Y, 0.1m, $"{width} px: side by side");
            reject.X.ShouldBeGreaterThan(accept.X);
            accept.Width.ShouldBeGreaterThan(80);
        }
    }

    [BrowserFact]
    public async Task No_page_scrolls_sideways_on_a_360_pixel_phone()
    {
        var pages = await ArrangeSiteAsync(longWords: true);
        var page = await Browser.NewPageAsync(360);
        foreach (var (path, _) in pages)
        {
            await page.GoToAsync(app.Address + path, WaitUntilNavigation.Load);

            var (scroll, viewport) = (await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth"),
                await page.EvaluateExpressionAsync<int>("window.innerWidth"));
            scroll.ShouldBeLessThanOrEqualTo(viewport, path);
        }
    }

    /// <summary>A post with tags and comments, a testimonial and a published policy; the pages with their headings.</summary>
    private async Task<(string Path, string Heading)[]> ArrangeSiteAsync(bool longWords = false)
    {
        var word = longWords ? string.Concat(Enumerable.Repeat("Dataroomconfidentiality", 6)) : "Welcome";
        var post = await app.PostAsync($"{word} to the blog", slug: "first-post", tags: [("news", "News")],
            html: $"<p>{word} and a table:</p><table><tr><td>{word}</td><td>{word}</td></tr></table><pre><code>{word} {word} {word}</code></pre>");
        await app.CommentAsync(post.Id, $"A reader's comment. {word}");
        await app.TestimonialAsync($"It saved us weeks. {word}", featured: true);
        var officer = await app.PrivacyOfficerAsync();
        await officer.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText(), effectiveAt: app.Clock.GetUtcNow().AddMinutes(-1));
        return
        [
            ("/blog", "Blog"),
            ("/blog/first-post", $"{word} to the blog"),
            ("/blog/tags/news", "Posts tagged “News”"),
            ("/testimonials", "Testimonials"),
            ("/privacy", "Privacy policy"),
            ("/cookies", "Cookie choices"),
        ];
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the browser did not report it in time");
            await Task.Delay(25);
        }
    }
}
