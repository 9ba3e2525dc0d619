using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyConsentApi;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>Withdrawal reaches Notifications by event and is honoured: no marketing email after it.</summary>
public sealed class MarketingWithdrawalTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Withdrawal_stops_marketing_mail_while_others_still_get_theirs()
    {
        var ann = await App.SignUpAsync();
        var bob = await App.SignUpAsync();
        await App.Client(ann).DecideAsync((MarketingEmail, true));
        await App.Client(bob).DecideAsync((MarketingEmail, true));
        await QuietAsync();
        var staff = await App.MarketingStaffAsync();

        (await staff.AnnounceAsync("Spring release", "Faster uploads.\n<b>Bold</b> claims & more.")).ShouldBe(2);
        var mail = await App.Smtp.WaitForAsync(ann.Email, m => m.Subject == "Spring release");
        await App.Smtp.WaitForAsync(bob.Email, m => m.Subject == "Spring release");
        (mail.TextBody ?? "").ShouldContain("<b>Bold</b> claims & more.", Case.Sensitive, "the text body is the text as written");
        (mail.HtmlBody ?? "").ShouldContain("&lt;b&gt;Bold&lt;/b&gt; claims &amp; more.");
        (mail.HtmlBody ?? "").ShouldNotContain("<b>Bold</b>");

        await App.Client(ann).DecideAsync((MarketingEmail, false));
        await QuietAsync();
        (await staff.AnnounceAsync("Summer release", "Even faster.")).ShouldBe(1);
        await App.Smtp.WaitForAsync(bob.Email, m => m.Subject == "Summer release");
        await QuietAsync();

        App.Received(ann.Email, "Summer release").ShouldBe(0);
        App.Received(ann.Email, "Spring release").ShouldBe(1);
        App.Received(bob.Email, "Spring release").ShouldBe(1);
    }

    [Fact]
    public async Task Someone_who_never_consented_never_gets_an_announcement()
    {
        var never = await App.SignUpAsync();
        var other = await App.SignUpAsync();
        await App.Client(never).DecideAsync((ProductAnalytics, true));
        await App.Client(other).DecideAsync((MarketingEmail, true));
        await QuietAsync();

        (await (await App.MarketingStaffAsync()).AnnounceAsync("Autumn release", "New reports.")).ShouldBe(1);
        await App.Smtp.WaitForAsync(other.Email, m => m.Subject == "Autumn release");
        await QuietAsync();

        App.Received(never.Email, "Autumn release").ShouldBe(0);
        var preferences = await App.Client(never).GetFromJsonAsync<JsonElement>("/api/me/notification-preferences");
        preferences.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "marketing")
            .GetProperty("essential").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_withdrawal_after_the_announcement_was_queued_still_stops_the_email()
    {
        var user = await App.SignUpAsync();
        var me = App.Client(user);
        await me.DecideAsync((MarketingEmail, true));
        await QuietAsync();
        var userId = (await me.GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        await me.DecideAsync((MarketingEmail, false));
        await QuietAsync();

        // A notice queued for them while they still consented, handled only now.
        var queued = new NotifyRecipient(Guid.CreateVersion7(), userId, user.Email, "Test User", "marketing",
            new AnnouncementEmail("Queued before the withdrawal", "Hello.").ToJson());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(queued);
        }

        await QuietAsync();

        App.Received(user.Email, "Queued before the withdrawal").ShouldBe(0);
    }

    [Fact]
    public async Task The_unsubscribe_link_of_a_marketing_email_records_a_withdrawal_in_the_consent_ledger()
    {
        var user = await App.SignUpAsync();
        var me = App.Client(user);
        await me.DecideAsync((MarketingEmail, true));
        await QuietAsync();
        var staff = await App.MarketingStaffAsync();
        await staff.AnnounceAsync("Winter release", "Dark mode.");
        var mail = await App.Smtp.WaitForAsync(user.Email, m => m.Subject == "Winter release");

        var unsubscribe = await App.CreateClient().PostAsync(mail.UnsubscribeLink(), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        unsubscribe.StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();

        var consent = await me.ConsentAsync(MarketingEmail);
        consent.State().ShouldBe("withdrawn");
        consent.GetProperty("method").GetString().ShouldBe("email-link");
        var history = await me.ConsentHistoryAsync();
        history.Count.ShouldBe(2);
        history[0].GetProperty("method").GetString().ShouldBe("email-link");
        history[0].GetProperty("decision").GetString().ShouldBe("withdrawn");
        (await staff.AnnounceAsync("Winter sale", "Discounts.")).ShouldBe(0);
        await QuietAsync();
        App.Received(user.Email, "Winter sale").ShouldBe(0);

        // Consenting again in Privacy brings them back: the two modules say the same.
        await me.DecideAsync((MarketingEmail, true));
        await QuietAsync();
        (await staff.AnnounceAsync("Welcome back", "Glad to see you.")).ShouldBe(1);
        await App.Smtp.WaitForAsync(user.Email, m => m.Subject == "Welcome back");
    }

    [Fact]
    public async Task Only_marketing_staff_send_announcements_and_bad_ones_are_refused()
    {
        var body = new { subject = "Not yours to send", body = "Hello." };
        (await App.CreateClient().PostAsJsonAsync("/api/admin/notifications/announcements", body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.Client(await App.SignUpAsync()).PostAsJsonAsync("/api/admin/notifications/announcements", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await App.AdminAsync()).PostAsJsonAsync("/api/admin/notifications/announcements", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var staff = await App.MarketingStaffAsync();
        foreach (var bad in new object[] { new { subject = "", body = "Hello." }, new { subject = "Two\r\nBcc: x@example.test", body = "Hello." }, new { subject = "Fine" } })
        {
            var response = await staff.PostAsJsonAsync("/api/admin/notifications/announcements", bad);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.CodeAsync()).ShouldBe("validation");
        }

        await QuietAsync();
        App.Smtp.Received.ShouldNotContain(m => m.Subject == "Not yours to send" || m.Subject == "Fine");
    }
}
