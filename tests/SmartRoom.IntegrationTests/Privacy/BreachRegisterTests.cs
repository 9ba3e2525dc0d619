using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyBreachesApi;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class BreachRegisterTests(SmartRoomApp app) : AppTest(app)
{
    /// <summary>Databases keep times to the microsecond (PostgreSQL) or a little less (SQLite's binary form).</summary>
    private static readonly TimeSpan Precision = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task A_registered_breach_is_due_at_the_regulator_72_hours_after_awareness_and_listed_newest_first()
    {
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var awareAt = App.Clock.GetUtcNow().AddHours(-2);

        // Written with another offset: the same instants.
        var first = await officer.RegisterBreachAsync(BreachBody(awareAt.AddHours(-1).ToOffset(TimeSpan.FromHours(2))));
        first.SaDueAt.ShouldBe(awareAt.AddHours(71), Precision);
        var breach = await officer.RegisterBreachAsync(BreachBody(awareAt));

        breach.SaDueAt.ShouldBe(awareAt.AddHours(72), Precision);
        breach.Status.ShouldBe("open");
        breach.HoursLeft.ShouldBe(69);
        breach.Version.ShouldBe(1);
        breach.Reference.ShouldStartWith("BR-");
        breach.Categories.ShouldBe(["Names", "Email addresses"]);
        var list = await officer.GetAsync(Breaches).OkAsync<BreachListDto>();
        list.Items.Select(b => b.Id).ShouldBe([breach.Id, first.Id]);
        list.Items[0].HoursLeft.ShouldBe(69);
        list.Items[0].SaDueAt.ShouldBe(awareAt.AddHours(72), Precision);

        App.Clock.Advance(TimeSpan.FromHours(71));
        officer = App.Client(await App.PrivacyOfficerUserAsync()); // the earlier sign-in has expired by now
        (await officer.GetBreachAsync(breach.Id)).Current.Status.ShouldBe("overdue");
    }

    [Fact]
    public async Task Phased_updates_add_entries_and_every_earlier_state_stays_in_the_history()
    {
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var awareAt = App.Clock.GetUtcNow().AddHours(-5);
        var breach = await officer.RegisterBreachAsync(BreachBody(awareAt));

        var updated = await officer.PostBreachAsync(breach.Id, "updates",
            new { approxSubjects = 75, awareAt = awareAt.AddHours(1), note = "The export held a second sheet." }).OkAsync<BreachDto>();
        await officer.PostBreachAsync(breach.Id, "updates", new { measures = "Exports are now watermarked.", note = "Follow-up measure." }).OkAsync<BreachDto>();

        updated.ApproxSubjects.ShouldBe(75);
        updated.SaDueAt.ShouldBe(awareAt.AddHours(73), Precision);
        updated.Version.ShouldBe(2);
        var details = await officer.GetBreachAsync(breach.Id);
        details.History.Select(h => h.Kind).ShouldBe(["registered", "updated", "updated"]);
        details.History[0].State.ApproxSubjects.ShouldBe(40, "the first entry keeps what was known then");
        details.History[0].State.SaDueAt.ShouldBe(awareAt.AddHours(72), Precision);
        details.History[1].Changed.ShouldBe(["awareAt", "approxSubjects"], ignoreOrder: true);
        details.History[1].Note.ShouldBe("The export held a second sheet.");
        details.History[2].Changed.ShouldBe(["measures"]);
        details.History[2].State.ApproxSubjects.ShouldBe(75);
        details.Current.ApproxSubjects.ShouldBe(75);
        details.Current.Version.ShouldBe(3);
        (await App.Database.CountAsync("privacy", "BreachEntries")).ShouldBe(3);
    }

    [Fact]
    public async Task Closing_a_notifiable_breach_notified_late_or_never_needs_a_delay_reason()
    {
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var now = App.Clock.GetUtcNow();
        var late = await officer.RegisterBreachAsync(BreachBody(now.AddHours(-80)));

        var refused = await officer.PostBreachAsync(late.Id, "close", new { outcome = "Contained." });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.CodeAsync()).ShouldBe("delay-reason-required");
        await officer.PostBreachAsync(late.Id, "regulator-notification",
            new { notifiedAt = now.AddHours(-1), reference = "AP-2026-0042", authority = "Autoriteit Persoonsgegevens" }).OkAsync<BreachDto>();
        var stillRefused = await officer.PostBreachAsync(late.Id, "close", new { outcome = "Contained." });
        stillRefused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stillRefused.CodeAsync()).ShouldBe("delay-reason-required");

        var closed = await officer.PostBreachAsync(late.Id, "close",
            new { outcome = "Contained.", delayReason = "The extent was only known after the vendor's forensic report." }).OkAsync<BreachDto>();
        closed.Status.ShouldBe("closed");
        closed.DelayReason.ShouldBe("The extent was only known after the vendor's forensic report.");
        var reopened = await officer.PostBreachAsync(late.Id, "updates", new { approxSubjects = 1, note = "After closing." });
        reopened.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await reopened.CodeAsync()).ShouldBe("breach-closed");

        var onTime = await officer.RegisterBreachAsync(BreachBody(now.AddHours(-10)));
        await officer.PostBreachAsync(onTime.Id, "regulator-notification",
            new { notifiedAt = now, reference = "AP-2026-0043", authority = "Autoriteit Persoonsgegevens" }).OkAsync<BreachDto>();
        (await officer.PostBreachAsync(onTime.Id, "close", new { outcome = "Contained." }).OkAsync<BreachDto>()).Status.ShouldBe("closed");
        var notNotifiable = await officer.RegisterBreachAsync(BreachBody(now.AddHours(-100), notifiable: false));
        (await officer.PostBreachAsync(notNotifiable.Id, "close", new { outcome = "No risk." }).OkAsync<BreachDto>()).Status.ShouldBe("closed");
        (await officer.GetBreachAsync(late.Id)).History.Select(h => h.Kind).ShouldBe(["registered", "regulator-notified", "closed"]);
    }

    [Fact]
    public async Task Bad_bodies_are_answered_400_with_the_field_and_record_nothing()
    {
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var now = App.Clock.GetUtcNow();
        Dictionary<string, object?> With(string field, object? value)
        {
            var body = BreachBody(now.AddHours(-3));
            body[field] = value;
            return body;
        }

        var cases = new (Dictionary<string, object?> Body, string Field)[]
        {
            (With("detectedAt", now.AddHours(1)), "DetectedAt"),
            (With("awareAt", now.AddHours(-10)), "AwareAt"),
            (With("awareAt", null), "AwareAt"),
            (With("nature", ""), "Nature"),
            (With("nature", new string('x', 4001)), "Nature"),
            (With("categories", Array.Empty<string>()), "Categories"),
            (With("categories", new[] { "Names\nand more" }), "Categories"),
            (With("approxSubjects", -1), "ApproxSubjects"),
            (With("role", "bystander"), "Role"),
            (With("notifiable", false), "NotNotifiableReason"),
            (With("dpoContact", null), "DpoContact"),
            (With("detectedAt", new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero)), "DetectedAt"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await officer.PostAsJsonAsync(Breaches, body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{field}: {await response.Content.ReadAsStringAsync()}");
            var problem = await response.ProblemAsync();
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(n => n.Equals(field, StringComparison.OrdinalIgnoreCase), field);
        }

        (await officer.PostAsync(Breaches, new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostAsJsonAsync(Breaches, new { awareAt = "yesterday" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.Database.CountAsync("privacy", "BreachEntries")).ShouldBe(0);

        var breach = await officer.RegisterBreachAsync(BreachBody(now.AddHours(-3)));
        (await officer.PostBreachAsync(breach.Id, "updates", new { note = "Nothing new." })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostBreachAsync(breach.Id, "updates", new { approxSubjects = 3 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostBreachAsync(breach.Id, "updates", new { detectedAt = now.AddHours(-1), note = "Later detection." })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "awareness would come before detection");
        (await officer.PostBreachAsync(breach.Id, "regulator-notification", new { notifiedAt = now.AddHours(2), reference = "X", authority = "AP" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostBreachAsync(breach.Id, "regulator-notification", new { notifiedAt = now, reference = "", authority = "AP" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostBreachAsync(breach.Id, "close", new { outcome = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostBreachAsync(breach.Id, "affected/select", new { roomId = Guid.NewGuid(), from = now, to = now.AddHours(-1) }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostBreachAsync(breach.Id, "affected/select", new { roomId = Guid.NewGuid(), from = now, to = DateTimeOffset.MaxValue }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostBreachAsync(breach.Id, "notify-affected", new { message = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.GetAsync($"{Breaches}?pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.Database.CountAsync("privacy", "BreachEntries")).ShouldBe(1);

        var unknown = await officer.GetAsync($"{Breaches}/{Guid.NewGuid()}");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.CodeAsync()).ShouldBe("not-found");
        (await officer.PostBreachAsync(Guid.NewGuid(), "close", new { outcome = "Contained." })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.PostBreachAsync(breach.Id, "affected/select", new { roomId = Guid.NewGuid(), from = now.AddHours(-1), to = now }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "no such room");
    }

    [Fact]
    public async Task The_bootstrap_admin_hears_the_clock_through_the_replayed_account_copy()
    {
        // The first admin is created without an account event; Privacy learns of it from Identity's replay.
        var breach = await (await App.AdminAsync()).RegisterBreachAsync(BreachBody(App.Clock.GetUtcNow()));
        App.Clock.Advance(TimeSpan.FromHours(25));
        await QuietAsync();

        await App.RunBreachClockAsync();

        var alert = await App.Smtp.WaitForAsync(SmartRoomApp.AdminEmail, m => (m.Subject ?? "").Contains("hours left", StringComparison.Ordinal));
        alert.Subject!.ShouldContain(breach.Reference);
        (await App.Database.CountAsync("privacy", "BreachAlerts")).ShouldBe(1);
    }

    [Fact]
    public async Task Only_privacy_officers_and_admins_reach_the_register()
    {
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var breach = await officer.RegisterBreachAsync(BreachBody(App.Clock.GetUtcNow().AddHours(-1)));
        var admin = await App.AdminAsync();
        var manager = App.Client(await App.ManagerAsync());
        var stranger = App.Client(await App.SignUpAsync());

        (await admin.GetAsync($"{Breaches}/{breach.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var outsider in new[] { manager, stranger })
        {
            var read = await outsider.GetAsync($"{Breaches}/{breach.Id}");
            read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await read.CodeAsync()).ShouldBe("forbidden");
            (await outsider.PostAsJsonAsync(Breaches, BreachBody(App.Clock.GetUtcNow()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await outsider.PostBreachAsync(breach.Id, "close", new { outcome = "Mine now." })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await App.CreateClient().GetAsync(Breaches)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.Database.CountAsync("privacy", "BreachEntries")).ShouldBe(1);
    }
}
