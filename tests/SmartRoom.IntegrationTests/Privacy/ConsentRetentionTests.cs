using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Persistence;
using Wolverine.Tracking;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyConsentApi;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class ConsentRetentionTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Sweeps_remove_old_withdrawn_histories_and_old_visitor_choices_but_keep_consents_in_use_and_held_people()
    {
        var gone = await App.SignUpAsync();
        var heldUser = await App.SignUpAsync();
        var stillConsenting = await App.SignUpAsync();
        foreach (var user in new[] { gone, heldUser })
        {
            await App.Client(user).DecideAsync((MarketingEmail, true));
            await App.Client(user).DecideAsync((MarketingEmail, false));
        }

        await App.Client(stillConsenting).DecideAsync((ProductAnalytics, true));
        (await App.ClientFrom("203.0.113.1").CookieConsentAsync(new { acceptAll = true })).EnsureSuccessStatusCode();
        var heldId = (await App.Client(heldUser).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        App.Clock.Advance(TimeSpan.FromDays(4 * 365));
        var recent = await App.SignUpAsync();
        await App.Client(recent).DecideAsync((MarketingEmail, false));
        (await App.ClientFrom("203.0.113.2").CookieConsentAsync(new { rejectAll = true })).EnsureSuccessStatusCode();
        await QuietAsync();
        var now = App.Clock.GetUtcNow();

        var accounts = await SweepAsync("privacy.consent-records", now.AddDays(-3 * 365), new SweepHolds([heldId], []));
        var visitors = await SweepAsync("privacy.visitor-consents", now.AddDays(-396), SweepHolds.None);

        (accounts.Purged, accounts.Held).ShouldBe((2L, 2L));
        (visitors.Purged, visitors.Held).ShouldBe((2L, 0L));
        (await (await AgainAsync(gone)).ConsentHistoryAsync()).ShouldBeEmpty();
        (await (await AgainAsync(heldUser)).ConsentHistoryAsync()).Count.ShouldBe(2, "a legal hold keeps them");
        (await (await AgainAsync(stillConsenting)).ConsentAsync(ProductAnalytics)).State().ShouldBe("granted", "a consent in use is proof in use");
        (await App.Client(recent).ConsentHistoryAsync()).Count.ShouldBe(1);
        await using var scope = App.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<PrivacyDbContext>().ConsentRecords.CountAsync(r => r.VisitorId != null)).ShouldBe(2);

        (await SweepAsync("privacy.consent-records", now.AddDays(-3 * 365), new SweepHolds([heldId], []))).Purged.ShouldBe(0, "nothing twice");
    }

    /// <summary>Four years on, their old tokens have long expired: they sign in again.</summary>
    private async Task<HttpClient> AgainAsync(SignedInUser user) =>
        App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(user.Email)).AccessToken);

    private async Task<PurgeCompleted> SweepAsync(string category, DateTimeOffset olderThan, SweepHolds holds)
    {
        var session = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .PublishMessageAndWaitAsync(new PurgeExpired(Guid.CreateVersion7(), category, olderThan, holds));
        return session.FindEnvelopesWithMessageType<PurgeCompleted>().Select(e => (PurgeCompleted)e.Message!).First(c => c.Category == category);
    }
}
