using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record PolicyStandingDto(int? Current, int? Accepted, bool MustAccept);

public sealed record PolicyVersionDto(int Number, string Text, string Html, string TextHash, string Summary, bool Material,
    DateTimeOffset EffectiveAt, DateOnly UpdatedOn, DateTimeOffset PublishedAt, string Diff);

public sealed record PolicyInForceDto(int Number, string Text, string Html, string TextHash, string Summary, bool Material,
    DateTimeOffset EffectiveAt, DateOnly UpdatedOn, PolicyVersionDto? Upcoming);

public sealed record PolicyHistoryItemDto(int Number, string Summary, bool Material, DateTimeOffset EffectiveAt, DateOnly UpdatedOn,
    DateTimeOffset PublishedAt, string TextHash, string Diff);

public sealed record AdminPolicyVersionDto(Guid Id, int? Number, string Status, string Source, string Text, string TextHash, string Summary,
    bool Material, DateTimeOffset EffectiveAt, DateTimeOffset CreatedAt, Guid? CreatedBy, DateTimeOffset? PublishedAt, Guid? PublishedBy);

public sealed record PolicyAcceptedDto(int Version, string TextHash, DateTimeOffset AcceptedAt, string? IpAddress, string? UserAgent, PolicyStandingDto Policy);

/// <summary>The privacy policy as visitors, signed-in people and privacy officers use it, in a line each.</summary>
public static class PrivacyPolicyApi
{
    public const string Marker = "<!-- data-map -->";

    /// <summary>A policy text an operator might write: prose around the generated data-map section.</summary>
    public static string PolicyText(string extra = "") =>
        $"# Privacy policy\n\nWe keep what the table says.\n\n## What we collect\n\n{Marker}\n\n## Contact\n\nWrite to privacy@example.test.\n{extra}";

    /// <summary>A confirmed account with the platform role PrivacyOfficer, signed in after the role was given.</summary>
    public static async Task<HttpClient> PrivacyOfficerAsync(this SmartRoomApp app) =>
        app.ClientWithToken((await app.PrivacyOfficerUserAsync()).Tokens.AccessToken);

    public static async Task<PolicyInForceDto> PolicyAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/api/privacy/policy");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PolicyInForceDto>())!;
    }

    public static async Task<IReadOnlyList<PolicyHistoryItemDto>> PolicyHistoryAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<PolicyHistoryItemDto>>("/api/privacy/policies"))!;

    public static Task<HttpResponseMessage> CreatePolicyDraftAsync(this HttpClient admin, string text, string? summary = "What changed.",
        bool material = false, DateTimeOffset? effectiveAt = null) =>
        admin.PostAsJsonAsync("/api/admin/privacy/policies", new { text, summary, material, effectiveAt = effectiveAt ?? DateTimeOffset.UtcNow.AddDays(1) });

    public static async Task<AdminPolicyVersionDto> DraftPolicyAsync(this HttpClient admin, string text, string? summary = "What changed.",
        bool material = false, DateTimeOffset? effectiveAt = null)
    {
        var response = await admin.CreatePolicyDraftAsync(text, summary, material, effectiveAt);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AdminPolicyVersionDto>())!;
    }

    public static Task<HttpResponseMessage> PublishPolicyAsync(this HttpClient admin, Guid id) =>
        admin.PostAsync($"/api/admin/privacy/policies/{id}/publish", null);

    /// <summary>Writes a draft and publishes it; the published version.</summary>
    public static async Task<AdminPolicyVersionDto> PublishNewPolicyAsync(this HttpClient admin, string text, string? summary = "What changed.",
        bool material = false, DateTimeOffset? effectiveAt = null)
    {
        var draft = await admin.DraftPolicyAsync(text, summary, material, effectiveAt);
        var published = await admin.PublishPolicyAsync(draft.Id);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        return (await published.Content.ReadFromJsonAsync<AdminPolicyVersionDto>())!;
    }

    public static Task<HttpResponseMessage> AcceptPolicyAsync(this HttpClient client, int version) =>
        client.PostAsJsonAsync("/api/me/policy/accept", new { version });

    /// <summary>The <c>policy</c> of a sign-in's answer.</summary>
    public static async Task<PolicyStandingDto> LoginStandingAsync(this HttpClient client, string email, string password = IdentityApi.GoodPassword)
    {
        var response = await client.LoginAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        return body.GetProperty("policy").Deserialize<PolicyStandingDto>(JsonSerializerOptions.Web)!;
    }

    /// <summary>The <c>policy</c> of <c>GET /api/me</c>.</summary>
    public static async Task<PolicyStandingDto> MeStandingAsync(this HttpClient client)
    {
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        return me.GetProperty("policy").Deserialize<PolicyStandingDto>(JsonSerializerOptions.Web)!;
    }

    /// <summary>The declared categories whose name is not a row of the policy's generated table.</summary>
    public static IReadOnlyList<string> CategoriesMissingFrom(string policyText, IEnumerable<DataCategory> categories) =>
        categories.Where(c => !policyText.Contains($"| {c.Name} |", StringComparison.Ordinal)).Select(c => c.Key).ToList();
}
