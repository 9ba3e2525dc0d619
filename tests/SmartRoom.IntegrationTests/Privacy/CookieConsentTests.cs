using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Privacy.Persistence;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyConsentApi;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class CookieConsentTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Accept_all_sets_a_lasting_private_visitor_cookie_and_records_both_categories_with_the_network_only()
    {
        var visitor = App.ClientFrom("198.51.100.23", "Banner/1.0");
        (await visitor.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent")).GetProperty("asked").GetBoolean().ShouldBeFalse();

        var response = await visitor.CookieConsentAsync(new { acceptAll = true });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem();
        cookie.ShouldStartWith("smartroom_visitor=");
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        cookie.ShouldContain("path=/");
        var expires = DateTimeOffset.Parse(cookie.Split(';').Single(p => p.Trim().StartsWith("expires=", StringComparison.OrdinalIgnoreCase)).Split('=')[1],
            System.Globalization.CultureInfo.InvariantCulture);
        (expires - App.Clock.GetUtcNow()).TotalDays.ShouldBeInRange(390, 400, "13 months");
        var choices = await visitor.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent");
        choices.GetProperty("asked").GetBoolean().ShouldBeTrue();
        choices.GetProperty("necessary").GetBoolean().ShouldBeTrue();
        choices.GetProperty("analytics").GetBoolean().ShouldBeTrue();
        choices.GetProperty("marketing").GetBoolean().ShouldBeTrue();

        var visitorId = Guid.Parse(cookie.Split(';')[0].Split('=')[1]);
        var records = await VisitorRecordsAsync(visitorId);
        records.Select(r => r.Purpose).ShouldBe([AnalyticsCookies, MarketingCookies], ignoreOrder: true);
        records.ShouldAllBe(r => r.IpNetwork == "198.51.100.0/24" && r.UserAgent == "Banner/1.0" && r.Method == "cookie-banner" && r.UserId == null);
        (await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent")).GetProperty("asked").GetBoolean()
            .ShouldBeFalse("another visitor has no choices yet");
    }

    [Fact]
    public async Task Reject_all_is_one_call_exactly_like_accept_all()
    {
        var visitor = App.ClientFrom("2001:db8:1:2::7");
        var response = await visitor.CookieConsentAsync(new { rejectAll = true });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem().ShouldStartWith("smartroom_visitor=");
        var choices = await response.Content.ReadFromJsonAsync<JsonElement>();
        choices.GetProperty("asked").GetBoolean().ShouldBeTrue();
        choices.GetProperty("analytics").GetBoolean().ShouldBeFalse();
        choices.GetProperty("marketing").GetBoolean().ShouldBeFalse();
        var id = Guid.Parse(response.Headers.GetValues("Set-Cookie").Single().Split(';')[0].Split('=')[1]);
        var records = await VisitorRecordsAsync(id);
        records.Count.ShouldBe(2);
        records.ShouldAllBe(r => r.Decision.ToString() == "Withdrawn" && r.IpNetwork == "2001:db8:1::/48");
    }

    [Fact]
    public async Task The_cookie_sticks_a_second_choice_updates_the_same_visitor()
    {
        var visitor = App.ClientFrom("203.0.113.5");
        var first = await visitor.CookieConsentAsync(new { choices = new { analytics = true, marketing = false } });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = first.Headers.GetValues("Set-Cookie").Single().Split(';')[0].Split('=')[1];

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await visitor.CookieConsentAsync(new { choices = new { analytics = false, marketing = true } });

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.GetValues("Set-Cookie").Single().Split(';')[0].Split('=')[1].ShouldBe(id, "the same visitor keeps the same id");
        var choices = await visitor.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent");
        choices.GetProperty("analytics").GetBoolean().ShouldBeFalse();
        choices.GetProperty("marketing").GetBoolean().ShouldBeTrue();
        (await VisitorRecordsAsync(Guid.Parse(id))).Count.ShouldBe(4, "every choice is recorded, none overwritten");
    }

    [Fact]
    public async Task A_signed_in_callers_cookie_choice_is_recorded_against_their_account()
    {
        var user = await App.SignUpAsync();
        var me = App.Client(user);

        var response = await me.CookieConsentAsync(new { choices = new { analytics = true, marketing = false } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse("an account needs no visitor id");
        (await me.ConsentAsync(AnalyticsCookies)).State().ShouldBe("granted");
        (await me.ConsentAsync(MarketingCookies)).State().ShouldBe("withdrawn");
        (await me.ConsentHistoryAsync()).ShouldAllBe(r => r.GetProperty("method").GetString() == "cookie-banner");
        (await me.GetFromJsonAsync<JsonElement>("/api/privacy/cookie-consent")).GetProperty("analytics").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Unclear_choices_are_refused_and_record_nothing()
    {
        var visitor = App.ClientFrom("203.0.113.9");
        foreach (var body in new object[]
        {
            new { },
            new { acceptAll = true, rejectAll = true },
            new { acceptAll = false },
            new { rejectAll = true, choices = new { analytics = true, marketing = true } },
            new { choices = new { analytics = true } },
        })
        {
            var response = await visitor.CookieConsentAsync(body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, JsonSerializer.Serialize(body));
            response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        }

        (await visitor.PostAsync("/api/privacy/cookie-consent", new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var scope = App.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<PrivacyDbContext>().ConsentRecords.CountAsync()).ShouldBe(0);
    }

    private async Task<List<SmartRoom.Modules.Privacy.Domain.ConsentRecord>> VisitorRecordsAsync(Guid visitorId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PrivacyDbContext>().ConsentRecords.AsNoTracking()
            .Where(r => r.VisitorId == visitorId).ToListAsync();
    }
}
