using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyConsentApi;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class ConsentLedgerTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Purposes_are_public_with_their_current_text_and_strictly_necessary_cookies_are_not_consentable()
    {
        var purposes = (await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/privacy/purposes"))
            .GetProperty("purposes").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);

        purposes.Keys.ShouldBe([MarketingEmail, ProductAnalytics, "testimonial-publication", AnalyticsCookies, MarketingCookies, "cookies-necessary"], ignoreOrder: true);
        var marketing = purposes[MarketingEmail];
        marketing.GetProperty("version").GetInt32().ShouldBe(1);
        marketing.GetProperty("consentable").GetBoolean().ShouldBeTrue();
        marketing.GetProperty("audience").GetString().ShouldBe("account");
        var text = marketing.GetProperty("text").GetString()!;
        marketing.GetProperty("textHash").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
        purposes[AnalyticsCookies].GetProperty("audience").GetString().ShouldBe("visitor");
        purposes["cookies-necessary"].GetProperty("consentable").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Giving_and_withdrawing_consent_shows_in_the_state_and_the_history_and_the_ledger_only_grows()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientFrom("203.0.113.77", "ConsentTest/1.0");
        me.DefaultRequestHeaders.Authorization = new("Bearer", user.Tokens.AccessToken);
        (await me.ConsentAsync(ProductAnalytics)).State().ShouldBe("not-asked");

        var given = (await me.DecideAsync((ProductAnalytics, true))).Purpose(ProductAnalytics);
        given.State().ShouldBe("granted");
        given.GetProperty("versionGiven").GetInt32().ShouldBe(1);
        given.GetProperty("method").GetString().ShouldBe("api");
        var first = (await me.ConsentHistoryAsync()).ShouldHaveSingleItem();

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var v6 = App.ClientFrom("2001:db8:abcd:12::1", "ConsentTest/2.0");
        v6.DefaultRequestHeaders.Authorization = new("Bearer", user.Tokens.AccessToken);
        (await v6.DecideAsync((ProductAnalytics, false))).Purpose(ProductAnalytics).State().ShouldBe("withdrawn");
        (await me.ConsentAsync(ProductAnalytics)).State().ShouldBe("withdrawn");
        (await me.ConsentAsync(MarketingEmail)).State().ShouldBe("not-asked", "other purposes are untouched");

        var history = await me.ConsentHistoryAsync();
        history.Count.ShouldBe(2, "a withdrawal is a new record");
        history[0].GetProperty("decision").GetString().ShouldBe("withdrawn");
        history[0].GetProperty("ipNetwork").GetString().ShouldBe("2001:db8:abcd::/48");
        history[0].GetProperty("userAgent").GetString().ShouldBe("ConsentTest/2.0");
        // The first record is still there, unchanged: the ledger is append-only.
        history[1].GetRawText().ShouldBe(first.GetRawText());
        history[1].GetProperty("decision").GetString().ShouldBe("granted");
        history[1].GetProperty("ipNetwork").GetString().ShouldBe("203.0.113.0/24");
        history[1].GetProperty("noticeTextHash").GetString()!.Length.ShouldBe(64);

        var other = App.ClientWithToken((await App.SignUpAsync()).Tokens.AccessToken);
        (await other.ConsentHistoryAsync()).ShouldBeEmpty("each person sees only their own records");
    }

    [Fact]
    public async Task A_material_change_asks_again_and_the_old_consent_no_longer_counts_while_a_minor_one_keeps_it()
    {
        var admin = await App.AdminAsync();
        var user = await App.SignUpAsync();
        var me = App.Client(user);
        await me.DecideAsync((MarketingEmail, true), (ProductAnalytics, true));

        var minor = await admin.PublishPurposeVersionAsync(ProductAnalytics, "Same promise, clearer words.", material: false, title: "Product analytics");
        minor.GetProperty("needReconsent").GetInt32().ShouldBe(0);
        var analytics = await me.ConsentAsync(ProductAnalytics);
        analytics.State().ShouldBe("granted", "a non-material change keeps consent");
        analytics.GetProperty("currentVersion").GetInt32().ShouldBe(2);

        var material = await admin.PublishPurposeVersionAsync(MarketingEmail, "We now also send partner offers.", material: true);
        material.GetProperty("version").GetInt32().ShouldBe(2);
        material.GetProperty("needReconsent").GetInt32().ShouldBe(1);
        var marketing = await me.ConsentAsync(MarketingEmail);
        marketing.State().ShouldBe("needs-reconsent");
        marketing.GetProperty("versionGiven").GetInt32().ShouldBe(1);

        // It no longer counts: marketing mail does not reach them.
        await QuietAsync();
        var staff = await App.MarketingStaffAsync();
        (await staff.AnnounceAsync("News after the change", "Hello.")).ShouldBe(0);
        await QuietAsync();
        App.Received(user.Email, "News after the change").ShouldBe(0);

        (await me.DecideAsync((MarketingEmail, true))).Purpose(MarketingEmail).GetProperty("versionGiven").GetInt32().ShouldBe(2);
        (await me.ConsentAsync(MarketingEmail)).State().ShouldBe("granted");
        await QuietAsync();
        (await staff.AnnounceAsync("News after consenting again", "Hello again.")).ShouldBe(1);
        await App.Smtp.WaitForAsync(user.Email, m => m.Subject == "News after consenting again");
    }

    [Fact]
    public async Task Bad_decisions_and_versions_are_refused_and_record_nothing()
    {
        var me = App.Client(await App.SignUpAsync());
        foreach (var body in new object[]
        {
            new { decisions = Array.Empty<object>() },
            new { decisions = new[] { new { purpose = "mind-reading", granted = true } } },
            new { decisions = new object[] { new { purpose = MarketingEmail, granted = true }, new { purpose = MarketingEmail, granted = false } } },
            new { decisions = new[] { new { purpose = MarketingEmail } } },
        })
        {
            var response = await me.PostAsJsonAsync("/api/me/consents", body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, JsonSerializer.Serialize(body));
            (await response.CodeAsync()).ShouldBe("validation");
        }

        (await me.PostAsync("/api/me/consents", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await me.ConsentHistoryAsync()).ShouldBeEmpty();
        (await me.GetAsync("/api/me/consents/history?pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.CreateClient().GetAsync("/api/me/consents")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var admin = await App.AdminAsync();
        var unknown = await admin.PostAsJsonAsync("/api/admin/privacy/purposes/mind-reading/versions", new { title = "Mind reading", text = "We read minds.", material = true });
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsJsonAsync($"/api/admin/privacy/purposes/{MarketingEmail}/versions", new { title = "", text = "", material = true }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await me.PostAsJsonAsync($"/api/admin/privacy/purposes/{MarketingEmail}/versions", new { title = "Marketing", text = "Sneaky.", material = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var purposes = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/privacy/purposes");
        purposes.GetProperty("purposes").EnumerateArray().Where(p => p.GetProperty("consentable").GetBoolean())
            .ShouldAllBe(p => p.GetProperty("version").GetInt32() == 1);
    }
}
