using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>A host whose operator shortened one category's period in configuration.</summary>
public sealed class RetentionConfiguredApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("SmartRoom:Privacy:Retention:notifications.digest-items:Days", "7"),
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
        var run = (await admin.RetentionRunsAsync()).ShouldHaveSingleItem();
        run["notifications.digest-items"].OlderThan.ShouldBe(started.AddDays(-7), TimeSpan.FromMinutes(1));
        await app.Work.WaitUntilQuietAsync();
    }
}
