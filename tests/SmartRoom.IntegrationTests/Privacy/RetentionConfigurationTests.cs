using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>A host whose operator shortened one category's period in configuration.</summary>
public sealed class RetentionConfiguredApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("SmartRoom:Privacy:Retention:notifications.digest-items:Days", "7"),
        new("SmartRoom:Privacy:Retention:privacy.legal-holds:Days", "0"),
    ];
}

public sealed class RetentionConfigurationTests(RetentionConfiguredApp app) : IClassFixture<RetentionConfiguredApp>
{
    [Fact]
    public async Task A_configured_period_overrides_the_declared_one_in_the_schedule_and_in_the_sweep()
    {
        await app.ResetAsync();
        var admin = await app.AdminAsync();

        var digest = (await admin.RetentionScheduleAsync()).Single(c => c.Key == "notifications.digest-items");
        digest.ShouldBe(digest with { Days = 7, DeclaredDays = 30, Source = "configured" });
        (await admin.RetentionScheduleAsync()).Single(c => c.Key == PrivacyRetentionApi.SignInHistory).Source.ShouldBe("declared");

        var started = app.Clock.GetUtcNow();
        await app.RunRetentionJobAsync();
        await app.Work.WaitUntilQuietAsync();
        var run = (await admin.RetentionRunsAsync()).ShouldHaveSingleItem();
        run["notifications.digest-items"].OlderThan.ShouldBe(started.AddDays(-7), TimeSpan.FromMinutes(1));
        run.Status.ShouldBe("completed");
    }

    [Fact]
    public async Task A_period_configured_for_a_category_nothing_sweeps_is_answered_with_nothing_purged_and_the_run_finishes()
    {
        await app.ResetAsync();
        var admin = await app.AdminAsync();
        var hold = await admin.HoldAsync("user", Guid.CreateVersion7());
        (await admin.ReleaseHoldAsync(hold.Id)).EnsureSuccessStatusCode();

        await app.RunRetentionJobAsync();
        await app.Work.WaitUntilQuietAsync();

        var run = (await admin.RetentionRunsAsync()).ShouldHaveSingleItem();
        run.Status.ShouldBe("completed");
        run["privacy.legal-holds"].ShouldBe(run["privacy.legal-holds"] with { Module = "Privacy", Status = "completed", Purged = 0 });
        (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/privacy/legal-holds")).GetProperty("total").GetInt32()
            .ShouldBe(1, "legal holds are never deleted, released or not, whatever the configuration says");
    }
}
