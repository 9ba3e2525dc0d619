using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>The consent flows as a person, a visitor, a privacy officer and marketing staff drive them.</summary>
public static class PrivacyConsentApi
{
    public const string MarketingEmail = "marketing-email";
    public const string ProductAnalytics = "product-analytics";
    public const string AnalyticsCookies = "cookies-analytics";
    public const string MarketingCookies = "cookies-marketing";

    /// <summary>Gives (or withdraws) consent to each purpose named; answers the person's consents afterwards.</summary>
    public static async Task<JsonElement> DecideAsync(this HttpClient client, params (string Purpose, bool Granted)[] decisions)
    {
        var response = await client.PostAsJsonAsync("/api/me/consents",
            new { decisions = decisions.Select(d => new { purpose = d.Purpose, granted = d.Granted }) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The person's standing with one purpose, from <c>GET /api/me/consents</c>.</summary>
    public static async Task<JsonElement> ConsentAsync(this HttpClient client, string purpose) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me/consents")).Purpose(purpose);

    public static JsonElement Purpose(this JsonElement consents, string purpose) =>
        consents.GetProperty("purposes").EnumerateArray().Single(p => p.GetProperty("purpose").GetString() == purpose);

    public static string State(this JsonElement consent) => consent.GetProperty("state").GetString()!;

    /// <summary>The person's ledger records, newest first.</summary>
    public static async Task<List<JsonElement>> ConsentHistoryAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me/consents/history")).GetProperty("items").EnumerateArray().ToList();

    public static async Task<JsonElement> PublishPurposeVersionAsync(this HttpClient officer, string purpose, string text, bool material, string? title = null)
    {
        var response = await officer.PostAsJsonAsync($"/api/admin/privacy/purposes/{purpose}/versions", new { title = title ?? "Marketing emails", text, material });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> CookieConsentAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/privacy/cookie-consent", body);

    /// <summary>A confirmed account with the platform role Marketing, signed in after the role was given.</summary>
    public static async Task<HttpClient> MarketingStaffAsync(this SmartRoomApp app)
    {
        var user = await app.SignUpAsync(IdentityApi.NewEmail("marketing"));
        var me = await app.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me");
        (await (await app.AdminAsync()).PutAsJsonAsync($"/api/admin/users/{me!.Id}/roles", new { roles = new[] { "Marketing" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return app.ClientWithToken((await app.CreateClient().LoginForTokensAsync(user.Email)).AccessToken);
    }

    /// <summary>Sends an announcement; answers how many people it was queued for.</summary>
    public static async Task<int> AnnounceAsync(this HttpClient marketing, string subject, string body)
    {
        var response = await marketing.PostAsJsonAsync("/api/admin/notifications/announcements", new { subject, body });
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32();
    }

    public static int Received(this SmartRoomApp app, string email, string subject) =>
        app.Smtp.To(email).Count(m => m.Subject == subject);

    /// <summary>The one-click unsubscribe link of an email (its <c>List-Unsubscribe</c> header), as a path and query.</summary>
    public static string UnsubscribeLink(this MimeMessage message)
    {
        var header = message.Headers["List-Unsubscribe"];
        header.ShouldNotBeNullOrEmpty("the email has a one-click unsubscribe link");
        return new Uri(header.Trim('<', '>')).PathAndQuery;
    }
}
