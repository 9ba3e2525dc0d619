using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Jobs;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record RetentionRunCategoryDto(string Category, string Module, string Status, DateTimeOffset OlderThan, long Purged, long Held, DateTimeOffset? CompletedAt);

public sealed record RetentionRunDto(Guid Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Status, long Purged, long Held, RetentionRunCategoryDto[] Categories)
{
    public RetentionRunCategoryDto this[string category] => Categories.Single(c => c.Category == category);
}

public sealed record LegalHoldScopeDto(string Kind, Guid? Id, string? Key);

public sealed record LegalHoldDto(Guid Id, LegalHoldScopeDto Scope, string Reason, string AuthorisedBy, DateTimeOffset ReviewAt, DateTimeOffset CreatedAt,
    Guid? CreatedBy, bool Active, DateTimeOffset? ReleasedAt, Guid? ReleasedBy, string? ReleaseReason);

public sealed record RetentionScheduleEntryDto(string Key, string Module, string Name, int? Days, string Trigger, string Source, int? DeclaredDays, LegalHoldDto[] Holds);

/// <summary>Retention and legal holds as a privacy officer drives them.</summary>
public static class PrivacyRetentionApi
{
    public const string SignInHistory = "identity.sign-in-history";
    public const string DeliveryLog = "notifications.delivery-log";
    public const string InAppFeed = "notifications.in-app-feed";
    public const string OrphanBlobs = "dealrooms.orphan-blobs";

    public static Task<HttpResponseMessage> PlaceHoldAsync(this HttpClient officer, object body) =>
        officer.PostAsJsonAsync("/api/admin/privacy/legal-holds", body);

    /// <summary>A hold on one kind of scope (user, room: <paramref name="id"/>; category: <paramref name="key"/>), reviewed in five years.</summary>
    public static async Task<LegalHoldDto> HoldAsync(this HttpClient officer, string kind, Guid? id = null, string? key = null)
    {
        var response = await officer.PlaceHoldAsync(new
        {
            scope = new { kind, id, key },
            reason = "Litigation hold: Falcon v. Heron",
            authorisedBy = "General Counsel",
            reviewAt = DateTimeOffset.UtcNow.AddYears(5), // past any move of the test clock
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<LegalHoldDto>())!;
    }

    public static Task<HttpResponseMessage> ReleaseHoldAsync(this HttpClient officer, Guid holdId, string? reason = "The claim was settled.") =>
        officer.PostAsJsonAsync($"/api/admin/privacy/legal-holds/{holdId}/release", new { reason });

    public static async Task<RetentionScheduleEntryDto[]> RetentionScheduleAsync(this HttpClient officer) =>
        (await officer.GetFromJsonAsync<RetentionScheduleEntryDto[]>("/api/admin/privacy/retention"))!;

    public static async Task<RetentionRunDto[]> RetentionRunsAsync(this HttpClient officer) =>
        (await officer.GetFromJsonAsync<JsonElement>("/api/admin/privacy/retention/runs")).GetProperty("items").Deserialize<RetentionRunDto[]>(Json)!;

    /// <summary>What the nightly job does: resolves <see cref="RetentionJob"/> and runs it.</summary>
    public static async Task RunRetentionJobAsync(this SmartRoomApp app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RetentionJob>().Run(CancellationToken.None);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
