using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyConsentApi;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>
/// The host telling people to consent again, and queueing announcements, two at a time: a handful of accounts spans
/// several batches.
/// </summary>
public sealed class SmallConsentBatchesApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("SmartRoom:Privacy:Consent:ReconsentBatchSize", "2"), new("SmartRoom:Notifications:Marketing:AnnouncementBatchSize", "2")];
}

public sealed class ReconsentBatchTests(SmallConsentBatchesApp app) : IClassFixture<SmallConsentBatchesApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public async Task DisposeAsync()
    {
        await app.Work.WaitUntilQuietAsync();
        await app.Work.AssertNoFailuresAsync();
    }

    [Fact]
    public async Task A_material_change_reaches_everyone_whose_consent_counted_batch_after_batch_and_nobody_else()
    {
        var consenting = new List<SignedInUser>();
        for (var i = 0; i < 5; i++)
        {
            var user = await app.SignUpAsync();
            await app.Client(user).DecideAsync((MarketingEmail, true));
            consenting.Add(user);
        }

        var withdrawn = await app.SignUpAsync();
        await app.Client(withdrawn).DecideAsync((MarketingEmail, true));
        await app.Client(withdrawn).DecideAsync((MarketingEmail, false));
        await app.Work.WaitUntilQuietAsync();
        var staff = await app.MarketingStaffAsync();
        (await staff.AnnounceAsync("Before the change", "Hello.")).ShouldBe(5);
        foreach (var user in consenting)
        {
            await app.Smtp.WaitForAsync(user.Email, m => m.Subject == "Before the change");
        }

        await app.Work.WaitUntilQuietAsync();
        consenting.ShouldAllBe(user => app.Received(user.Email, "Before the change") == 1, "three batches, each person once");
        app.Received(withdrawn.Email, "Before the change").ShouldBe(0);

        var published = await (await app.AdminAsync()).PublishPurposeVersionAsync(MarketingEmail, "Now with partner offers.", material: true);
        published.GetProperty("needReconsent").GetInt32().ShouldBe(5);
        await app.Work.WaitUntilQuietAsync();

        // Notifications heard of every one of them (three batches of at most two): nobody consenting is left.
        (await staff.AnnounceAsync("After the change", "Hello again.")).ShouldBe(0);
        foreach (var user in consenting)
        {
            (await app.Client(user).ConsentAsync(MarketingEmail)).State().ShouldBe("needs-reconsent");
        }

        (await app.Client(withdrawn).ConsentAsync(MarketingEmail)).State().ShouldBe("withdrawn", "a withdrawal stays a withdrawal");
        var last = consenting[^1];
        await app.Client(last).DecideAsync((MarketingEmail, true));
        await app.Work.WaitUntilQuietAsync();
        (await staff.AnnounceAsync("For the one who agreed again", "Welcome back.")).ShouldBe(1);
        await app.Smtp.WaitForAsync(last.Email, m => m.Subject == "For the one who agreed again");
    }
}
