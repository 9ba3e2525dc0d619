using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Notifications.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.IntegrationTests.Notifications;

public sealed class NotificationTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Notices_land_in_the_own_feed_and_can_be_read_one_by_one_or_all_at_once()
    {
        var user = await App.SignUpAsync();
        var other = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        await me.PutAsJsonAsync("/api/me", new { displayName = "Renamed", zipCode = "1011 AB" });
        await me.PostAsJsonAsync("/api/identity/manage/info", new { newPassword = "a changed passphrase", oldPassword = user.Password });
        // Each notice's feed entry is written before its email is sent: both emails mean both entries.
        await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("profile was updated", StringComparison.Ordinal));
        await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("password was changed", StringComparison.Ordinal));
        // A password change ends every session, this one too: sign in again with the new password.
        me = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(user.Email, "a changed passphrase")).AccessToken);

        var feed = await me.GetFromJsonAsync<JsonElement>("/api/notifications");
        feed.GetProperty("unreadCount").GetInt32().ShouldBe(2);
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("title").GetString()).ShouldBe(["Password changed", "Profile updated"], ignoreOrder: true);
        var id = items.Single(i => i.GetProperty("title").GetString() == "Password changed").GetProperty("id").GetGuid();

        (await App.ClientWithToken(other.Tokens.AccessToken).PostAsync($"/api/notifications/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await me.PostAsync($"/api/notifications/{id}/read", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32().ShouldBe(1);
        (await (await me.PostAsync("/api/notifications/read-all", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32().ShouldBe(0);
        await QuietAsync();
        (await App.ClientWithToken(other.Tokens.AccessToken).GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Essential_categories_cannot_be_switched_off()
    {
        var user = await App.SignUpAsync();

        var response = await App.ClientWithToken(user.Tokens.AccessToken).PutAsJsonAsync("/api/me/notification-preferences",
            new { categories = new[] { new { category = "security", mode = "Off" } } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task The_unsubscribe_link_works_once_without_signing_in_and_only_for_its_category()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        await me.PutAsJsonAsync("/api/me", new { displayName = "First Rename" });
        var mail = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("profile was updated", StringComparison.Ordinal));
        var header = mail.Headers["List-Unsubscribe"];
        header.ShouldNotBeNullOrEmpty();
        mail.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        var link = new Uri(header.Trim('<', '>')).PathAndQuery;

        var anonymous = App.CreateClient();
        (await anonymous.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK, "a GET only shows the button");
        var first = await anonymous.PostAsync(link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.PostAsync(link, null)).StatusCode.ShouldBe(HttpStatusCode.Gone);

        var preferences = await me.GetFromJsonAsync<JsonElement>("/api/me/notification-preferences");
        var modes = preferences.GetProperty("categories").EnumerateArray()
            .ToDictionary(c => c.GetProperty("category").GetString()!, c => c.GetProperty("mode").GetString());
        modes["account-activity"].ShouldBe("Off");
        modes["messages"].ShouldBe("DailyDigest", "messages wait for the daily summary unless chosen otherwise");
        modes["security"].ShouldBe("Immediate");

        await me.PutAsJsonAsync("/api/me", new { displayName = "Second Rename" });
        await me.PostAsJsonAsync("/api/identity/manage/info", new { newPassword = "a changed passphrase", oldPassword = user.Password });
        await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("password was changed", StringComparison.Ordinal));
        await QuietAsync();
        App.Smtp.To(user.Email).Count(m => (m.Subject ?? "").Contains("profile was updated", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_daily_digest_collects_notices_into_one_email()
    {
        var user = await App.SignUpAsync();
        var me = App.ClientWithToken(user.Tokens.AccessToken);
        (await me.PutAsJsonAsync("/api/me/notification-preferences", new { categories = new[] { new { category = "account-activity", mode = "DailyDigest" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await me.PutAsJsonAsync("/api/me", new { displayName = "Digest One" });
        await me.PutAsJsonAsync("/api/me", new { displayName = "Digest Two" });
        await QuietAsync();
        (await App.Database.CountAsync("notifications", "DigestItems")).ShouldBe(2);

        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().Run(CancellationToken.None);

        var digest = await App.Smtp.WaitForAsync(user.Email, m => (m.Subject ?? "").Contains("daily summary", StringComparison.Ordinal));
        digest.TextBody!.ShouldContain("Digest One");
        digest.TextBody!.ShouldContain("Digest Two");
        await QuietAsync();
        App.Smtp.To(user.Email).Count(m => (m.Subject ?? "").Contains("profile was updated", StringComparison.Ordinal)).ShouldBe(0);
    }
}
