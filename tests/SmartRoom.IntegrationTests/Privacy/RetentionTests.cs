using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using FileSystemBlobStore = SmartRoom.Modules.DealRooms.Documents.FileSystemBlobStore;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyRetentionApi;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class RetentionTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Retention_sweeps_old_sign_ins_but_keeps_recent_ones_and_those_of_a_person_under_legal_hold()
    {
        var kept = await App.SignUpAsync();
        var held = await App.SignUpAsync();
        var keptId = await App.UserIdAsync(kept);
        var heldId = await App.UserIdAsync(held);
        await (await App.AdminAsync()).HoldAsync("user", heldId);

        App.Clock.Advance(TimeSpan.FromDays(91));
        await App.CreateClient().LoginForTokensAsync(kept.Email);
        var admin = await App.AdminAsync();
        var run = await RunAndWaitAsync(admin);

        // Gone: the first sign-in of `kept` and the admin's sign-in before the clock moved. Kept back: `held`'s.
        run[SignInHistory].ShouldBe(run[SignInHistory] with { Status = "completed", Purged = 2, Held = 1 });
        var keptSignIns = await SignInsAsync(admin, keptId);
        keptSignIns.ShouldHaveSingleItem().GetProperty("occurredAt").GetDateTimeOffset().ShouldBeGreaterThan(run[SignInHistory].OlderThan);
        var heldSignIns = await SignInsAsync(admin, heldId);
        heldSignIns.ShouldHaveSingleItem().GetProperty("ipAddress").GetString().ShouldNotBeNullOrEmpty();

        var again = await RunAndWaitAsync(admin);
        again[SignInHistory].ShouldBe(again[SignInHistory] with { Purged = 0, Held = 1 }, "a second sweep finds nothing more to remove");
    }

    [Fact]
    public async Task A_category_under_legal_hold_is_recorded_as_held_and_nothing_of_it_goes_until_the_hold_is_released()
    {
        var user = await App.SignUpAsync();
        var userId = await App.UserIdAsync(user);
        var hold = await (await App.AdminAsync()).HoldAsync("category", key: SignInHistory);
        App.Clock.Advance(TimeSpan.FromDays(91));
        var admin = await App.AdminAsync();

        var run = await RunAndWaitAsync(admin);

        run[SignInHistory].Status.ShouldBe("held");
        run[SignInHistory].Purged.ShouldBe(0);
        (await SignInsAsync(admin, userId)).Count.ShouldBe(1);
        run[DeliveryLog].Status.ShouldBe("completed", "a hold on one category holds no other");

        (await admin.ReleaseHoldAsync(hold.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await RunAndWaitAsync(admin);
        after[SignInHistory].Status.ShouldBe("completed");
        after[SignInHistory].Purged.ShouldBeGreaterThanOrEqualTo(1);
        (await SignInsAsync(admin, userId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Runs_are_listed_newest_first_with_an_answer_for_every_category_that_has_a_period()
    {
        var admin = await App.AdminAsync();
        var first = await RunAndWaitAsync(admin);
        var second = await RunAndWaitAsync(admin);

        var runs = await admin.RetentionRunsAsync();
        runs.Select(r => r.Id).ShouldBe([second.Id, first.Id]);
        var swept = (await admin.RetentionScheduleAsync()).Where(c => c.Days is not null).Select(c => c.Key).ToList();
        swept.ShouldContain(SignInHistory);
        swept.ShouldContain(OrphanBlobs);
        foreach (var run in runs)
        {
            run.Status.ShouldBe("completed");
            run.FinishedAt.ShouldNotBeNull();
            run.Categories.Select(c => c.Category).ShouldBe(swept, ignoreOrder: true);
            run.Categories.ShouldAllBe(c => c.Status == "completed" && c.CompletedAt != null);
            run.Purged.ShouldBe(run.Categories.Sum(c => c.Purged));
        }

        runs[0]["dealrooms.closed-rooms"].Purged.ShouldBe(0, "closed rooms wait for an export to their managers");
        (await admin.GetAsync("/api/admin/privacy/retention/runs?pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_delivery_log_and_the_feed_lose_what_is_over_a_year_old_except_what_a_hold_keeps()
    {
        var gone = await App.SignUpAsync();
        var held = await App.SignUpAsync();
        foreach (var user in new[] { gone, held })
        {
            await App.ClientWithToken(user.Tokens.AccessToken).PutAsJsonAsync("/api/me", new { displayName = "Renamed Person" });
            await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("profile was updated", StringComparison.Ordinal));
        }

        await QuietAsync(); // every delivery recorded as sent
        await (await App.AdminAsync()).HoldAsync("user", await App.UserIdAsync(held));
        var deliveriesBefore = await DeliveriesAsync(await App.AdminAsync(), held.Email);
        deliveriesBefore.ShouldBeGreaterThanOrEqualTo(2);
        App.Clock.Advance(TimeSpan.FromDays(366));
        var admin = await App.AdminAsync();

        var run = await RunAndWaitAsync(admin);

        (await DeliveriesAsync(admin, gone.Email)).ShouldBe(0);
        (await DeliveriesAsync(admin, held.Email)).ShouldBe(deliveriesBefore);
        run[DeliveryLog].Held.ShouldBe(deliveriesBefore);
        run[DeliveryLog].Purged.ShouldBeGreaterThanOrEqualTo(2);
        (await FeedTotalAsync(gone)).ShouldBe(0);
        (await FeedTotalAsync(held)).ShouldBe(1);
        run[InAppFeed].ShouldBe(run[InAppFeed] with { Held = 1 });
    }

    [Fact]
    public async Task Blobs_no_row_refers_to_go_once_older_than_the_safety_window_and_referenced_ones_stay()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var folder = await manager.CreateFolderAsync(room.Id, "Finance");
        var document = await manager.UploadAsync(room.Id, folder.Id, "budget.txt", "Quarterly budget");
        var store = App.Services.GetRequiredService<FileSystemBlobStore>();
        var referenced = store.List().ShouldHaveSingleItem().Name;
        var old = await OrphanAsync(store);
        var fresh = await OrphanAsync(store);
        var twoDaysAgo = App.Clock.GetUtcNow().UtcDateTime.AddDays(-2);
        File.SetLastWriteTimeUtc(PathOf(store, old), twoDaysAgo);
        File.SetLastWriteTimeUtc(PathOf(store, referenced), twoDaysAgo);

        var run = await RunAndWaitAsync(await App.AdminAsync());

        run[OrphanBlobs].Purged.ShouldBe(1);
        store.List().Select(b => b.Name).ShouldBe([referenced, fresh], ignoreOrder: true);
        (await manager.GetAsync($"/api/deal-rooms/{room.Id}/documents/{document}/content")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_schedule_lists_every_category_with_its_period_trigger_source_and_the_holds_that_touch_it()
    {
        var officer = await App.PrivacyOfficerAsync();
        var categoryHold = await officer.HoldAsync("category", key: DeliveryLog);
        var roomHold = await officer.HoldAsync("room", Guid.CreateVersion7());

        var schedule = await officer.RetentionScheduleAsync();

        var signIns = schedule.Single(c => c.Key == SignInHistory);
        signIns.ShouldBe(signIns with { Module = "Identity", Days = 90, DeclaredDays = 90, Source = "declared", Trigger = "after the sign-in attempt" });
        signIns.Holds.Select(h => h.Id).ShouldBe([roomHold.Id], "people and rooms under hold are left out of every sweep");
        schedule.Single(c => c.Key == DeliveryLog).Holds.Select(h => h.Id).ShouldBe([categoryHold.Id, roomHold.Id], ignoreOrder: true);
        var accounts = schedule.Single(c => c.Key == "identity.accounts");
        accounts.Days.ShouldBeNull();
        accounts.Holds.ShouldBeEmpty("a category that is not swept is not touched by holds on people or rooms");
        schedule.Select(c => c.Module).Distinct().ShouldBe(["Content", "DealRooms", "Identity", "Messaging", "Notifications", "Privacy"], ignoreOrder: true);
        schedule.Single(c => c.Key == "dealrooms.closed-rooms").Days.ShouldNotBeNull();
        (await App.ClientWithToken((await App.SignUpAsync()).Tokens.AccessToken).GetAsync("/api/admin/privacy/retention"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Releasing_a_hold_records_who_and_why_keeps_it_listed_and_cannot_happen_twice()
    {
        var admin = await App.AdminAsync();
        var adminId = (await admin.GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        var hold = await admin.HoldAsync("user", Guid.CreateVersion7());
        hold.ShouldBe(hold with { Active = true, CreatedBy = adminId, AuthorisedBy = "General Counsel", ReleasedAt = null });

        (await (await admin.ReleaseHoldAsync(hold.Id, reason: " ")).ProblemAsync()).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        var released = await admin.ReleaseHoldAsync(hold.Id);
        released.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await released.Content.ReadFromJsonAsync<LegalHoldDto>())!;
        view.ShouldBe(view with { Active = false, ReleasedBy = adminId, ReleaseReason = "The claim was settled." });
        view.ReleasedAt.ShouldNotBeNull();

        var twice = await admin.ReleaseHoldAsync(hold.Id);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.CodeAsync()).ShouldBe("legal-hold-released");
        (await admin.ReleaseHoldAsync(Guid.CreateVersion7())).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var all = await admin.GetFromJsonAsync<JsonElement>("/api/admin/privacy/legal-holds");
        all.GetProperty("total").GetInt32().ShouldBe(1, "holds are never deleted");
        (await admin.GetFromJsonAsync<JsonElement>("/api/admin/privacy/legal-holds?active=true")).GetProperty("total").GetInt32().ShouldBe(0);
        (await admin.GetFromJsonAsync<JsonElement>("/api/admin/privacy/legal-holds?active=false")).GetProperty("total").GetInt32().ShouldBe(1);
    }

    public static TheoryData<string, string> BadHolds => new()
    {
        { """{"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "scope" },
        { """{"scope":{"kind":"planet","id":"0193a1a0-0000-7000-8000-000000000001"},"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "scope.kind" },
        { """{"scope":{"kind":"user"},"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "scope.id" },
        { """{"scope":{"kind":"room","id":"00000000-0000-0000-0000-000000000000"},"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "scope.id" },
        { """{"scope":{"kind":"user","id":"0193a1a0-0000-7000-8000-000000000001","key":"identity.accounts"},"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "scope.key" },
        { """{"scope":{"kind":"category","key":"identity.no-such-thing"},"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "scope.key" },
        { """{"scope":{"kind":"category","key":"identity.accounts","id":"0193a1a0-0000-7000-8000-000000000001"},"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "scope.id" },
        { """{"scope":{"kind":"user","id":"0193a1a0-0000-7000-8000-000000000001"},"reason":"","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "reason" },
        { """{"scope":{"kind":"user","id":"0193a1a0-0000-7000-8000-000000000001"},"reason":"r","reviewAt":"2100-01-01T00:00:00Z"}""", "authorisedBy" },
        { """{"scope":{"kind":"user","id":"0193a1a0-0000-7000-8000-000000000001"},"reason":"r","authorisedBy":"a","reviewAt":"2001-01-01T00:00:00Z"}""", "reviewAt" },
        { """{"scope":{"kind":"user","id":"0193a1a0-0000-7000-8000-000000000001"},"reason":"r","authorisedBy":"a"}""", "reviewAt" },
        { """{"scope":{"kind":"user","id":"not-a-guid"},"reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "" },
        { """{"scope":"user","reason":"r","authorisedBy":"a","reviewAt":"2100-01-01T00:00:00Z"}""", "" },
    };

    [Theory]
    [MemberData(nameof(BadHolds))]
    public async Task A_legal_hold_that_does_not_say_what_why_who_and_until_when_is_refused_and_nothing_is_recorded(string body, string field)
    {
        var admin = await App.AdminAsync();

        var response = await admin.PostAsync("/api/admin/privacy/legal-holds", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        if (field.Length > 0)
        {
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(field);
        }

        (await admin.GetFromJsonAsync<JsonElement>("/api/admin/privacy/legal-holds")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    /// <summary>Runs the nightly job, then waits until its run has every answer (through the runs endpoint).</summary>
    private async Task<RetentionRunDto> RunAndWaitAsync(HttpClient officer)
    {
        var before = (await officer.RetentionRunsAsync()).Select(r => r.Id).ToHashSet();
        await App.RunRetentionJobAsync();
        RetentionRunDto? run = null;
        await WaitUntilAsync(async () =>
        {
            run = (await officer.RetentionRunsAsync()).SingleOrDefault(r => !before.Contains(r.Id));
            return run?.Status == "completed";
        });
        return run!;
    }

    private static async Task<List<JsonElement>> SignInsAsync(HttpClient admin, Guid userId) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{userId}/sign-ins")).GetProperty("items").EnumerateArray().ToList();

    private static async Task<long> DeliveriesAsync(HttpClient admin, string to) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/notifications/deliveries?to={Uri.EscapeDataString(to)}")).GetProperty("total").GetInt64();

    private async Task<int> FeedTotalAsync(SignedInUser user) =>
        (await App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(user.Email)).AccessToken)
            .GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("total").GetInt32();

    private static async Task<string> OrphanAsync(FileSystemBlobStore store)
    {
        await using var blob = store.Create();
        await blob.Stream.WriteAsync("an upload whose row never committed"u8.ToArray());
        await blob.CommitAsync(CancellationToken.None);
        return blob.Name;
    }

    private static string PathOf(FileSystemBlobStore store, string name) => Path.Combine(store.Root, name[^2..], name);
}
