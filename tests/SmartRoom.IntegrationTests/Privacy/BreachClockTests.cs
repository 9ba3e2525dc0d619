using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyBreachesApi;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>The host with two privacy-team addresses configured besides the privacy officers' accounts.</summary>
public sealed class PrivacyTeamApp : SmartRoomApp
{
    public const string Dpo = "dpo@privacy-team.test";
    public const string Desk = "desk@privacy-team.test";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("SmartRoom:Privacy:TeamAddresses", $"{Dpo}; {Desk}")];
}

/// <summary>The <c>privacy:breach-clock</c> job, run by hand with the test clock moved forward.</summary>
public sealed class BreachClockTests(PrivacyTeamApp app) : IClassFixture<PrivacyTeamApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public async Task DisposeAsync()
    {
        await app.Work.WaitUntilQuietAsync();
        await app.Work.AssertNoFailuresAsync();
    }

    [Fact]
    public async Task The_privacy_team_is_alerted_at_24_48_and_60_hours_and_when_overdue_each_time_once()
    {
        var officerUser = await app.PrivacyOfficerUserAsync();
        var bystander = await app.ManagerAsync();
        var breach = await app.Client(officerUser).RegisterBreachAsync(BreachBody(app.Clock.GetUtcNow()));
        await app.Work.WaitUntilQuietAsync(); // the officer's role has reached Privacy's copy of the account
        string[] team = [officerUser.Email, PrivacyTeamApp.Dpo, PrivacyTeamApp.Desk];

        await app.RunBreachClockAsync();
        await app.Work.WaitUntilQuietAsync();
        team.ShouldAllBe(to => Alerts(to).Count == 0, "nothing before 24 hours");

        foreach (var (hours, subject) in new[] { (24, "48 hours left"), (48, "24 hours left"), (60, "12 hours left"), (72, "are over") })
        {
            app.Clock.Advance(breach.AwareAt.AddHours(hours).AddMinutes(1) - app.Clock.GetUtcNow());
            await app.RunBreachClockAsync();
            await app.RunBreachClockAsync(); // the next tick finds the alert raised and raises nothing
            foreach (var to in team)
            {
                var alert = await app.Smtp.WaitForAsync(to, m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal));
                alert.Subject!.ShouldContain(breach.Reference);
                alert.TextBody!.ShouldContain($"/api/admin/privacy/breaches/{breach.Id}");
            }

            await app.Work.WaitUntilQuietAsync();
            team.ShouldAllBe(to => Alerts(to).Count == Array.IndexOf(new[] { 24, 48, 60, 72 }, hours) + 1, $"one alert per threshold, at {hours} h");
        }

        Alerts(bystander.Email).ShouldBeEmpty("only the privacy team hears the clock");
        (await app.Database.CountAsync("privacy", "BreachAlerts")).ShouldBe(4);
    }

    [Fact]
    public async Task The_clock_stops_once_the_regulator_notification_is_recorded_and_never_runs_for_breaches_that_are_not_notifiable()
    {
        var officerUser = await app.PrivacyOfficerUserAsync();
        var officer = app.Client(officerUser);
        var start = app.Clock.GetUtcNow();
        var breach = await officer.RegisterBreachAsync(BreachBody(start));
        await officer.RegisterBreachAsync(BreachBody(start, notifiable: false));
        await app.Work.WaitUntilQuietAsync();

        app.Clock.Advance(TimeSpan.FromHours(25));
        await app.RunBreachClockAsync();
        await app.Smtp.WaitForAsync(PrivacyTeamApp.Dpo, m => (m.Subject ?? "").Contains("47 hours left", StringComparison.Ordinal));
        officer = app.Client(await app.SignInAgainAsync(officerUser));
        await officer.PostBreachAsync(breach.Id, "regulator-notification",
            new { notifiedAt = app.Clock.GetUtcNow(), reference = "AP-77", authority = "Autoriteit Persoonsgegevens" }).OkAsync<BreachDto>();

        app.Clock.Advance(TimeSpan.FromHours(60));
        await app.RunBreachClockAsync();
        await app.Work.WaitUntilQuietAsync();
        Alerts(PrivacyTeamApp.Dpo).Count.ShouldBe(1, "the regulator knows: no more alerts, and none for the breach that is not notifiable");
        (await app.Database.CountAsync("privacy", "BreachAlerts")).ShouldBe(1);
        officer = app.Client(await app.SignInAgainAsync(officerUser));
        var current = (await officer.GetBreachAsync(breach.Id)).Current;
        current.Status.ShouldBe("regulator-notified");
        current.HoursLeft.ShouldBeNull();
    }

    [Fact]
    public async Task The_clock_is_a_recurring_job_on_the_dashboard()
    {
        var client = app.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = SmartRoomApp.AdminEmail, password = SmartRoomApp.AdminPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await client.GetStringAsync("/hangfire/recurring");

        page.ShouldContain("privacy:breach-clock");
        page.ShouldContain("*/5 * * * *");
    }

    private List<MimeKit.MimeMessage> Alerts(string to) =>
        app.Smtp.To(to).Where(m => (m.Subject ?? "").StartsWith("Breach BR-", StringComparison.Ordinal)).ToList();
}
