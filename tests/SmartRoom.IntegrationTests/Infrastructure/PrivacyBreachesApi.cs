using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Jobs;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record BreachDto(
    Guid Id, string Reference, string Status, int? HoursLeft, DateTimeOffset SaDueAt, DateTimeOffset DetectedAt, DateTimeOffset AwareAt,
    string Nature, string[] Categories, int ApproxSubjects, int ApproxRecords, string Role, bool Notifiable, string? NotNotifiableReason,
    Guid? RoomId, DateTimeOffset? RegulatorNotifiedAt, string? RegulatorReference, DateTimeOffset? ClosedAt, string? Outcome,
    string? DelayReason, int Version);

public sealed record BreachHistoryDto(int Seq, string Kind, DateTimeOffset RecordedAt, Guid? RecordedBy, string? Note, string[] Changed, BreachDto State);

public sealed record BreachDetailsDto(BreachDto Current, BreachHistoryDto[] History);

public sealed record BreachSummaryDto(Guid Id, string Reference, string Status, DateTimeOffset SaDueAt, int? HoursLeft, int Version);

public sealed record BreachListDto(BreachSummaryDto[] Items, int Page, int PageSize, int Total);

public sealed record AffectedPersonDto(Guid UserId, string Email, string DisplayName, string Delivery, DateTimeOffset? NotifiedAt, string? DeliveryReason);

public sealed record NotifiedControllerDto(Guid UserId, string Email, string Delivery);

public sealed record AffectedPeopleDto(AffectedPersonDto[] Items, int Total, NotifiedControllerDto[] Controllers);

public sealed record AffectedSelectionDto(int Found, int Added, int Total);

public sealed record NoticesSentDto(int Notified, int AlreadyNotified);

/// <summary>The breach register as a privacy officer drives it.</summary>
public static class PrivacyBreachesApi
{
    public const string Breaches = "/api/admin/privacy/breaches";

    /// <summary>A confirmed account with the platform role PrivacyOfficer, signed in after the role was given.</summary>
    public static async Task<SignedInUser> PrivacyOfficerUserAsync(this SmartRoomApp app)
    {
        var user = await app.SignUpAsync(IdentityApi.NewEmail("privacy"));
        (await (await app.AdminAsync()).PutAsJsonAsync($"/api/admin/users/{await app.UserIdAsync(user)}/roles", new { roles = new[] { "PrivacyOfficer" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return await app.SignInAgainAsync(user);
    }

    /// <summary>A fresh sign-in (after the test clock moved past the access token's life).</summary>
    public static async Task<SignedInUser> SignInAgainAsync(this SmartRoomApp app, SignedInUser user) =>
        user with { Tokens = await app.CreateClient().LoginForTokensAsync(user.Email, user.Password) };

    /// <summary>A valid registration body; the named fields replace the defaults.</summary>
    public static Dictionary<string, object?> BreachBody(DateTimeOffset awareAt, Guid? roomId = null, string role = "controller", bool notifiable = true) => new()
    {
        ["detectedAt"] = awareAt.AddHours(-1),
        ["awareAt"] = awareAt,
        ["nature"] = "A data-room export was emailed to the wrong recipient.",
        ["categories"] = new[] { "Names", "Email addresses" },
        ["approxSubjects"] = 40,
        ["approxRecords"] = 120,
        ["consequences"] = "Recipients' names and emails may be used for phishing.",
        ["measures"] = "The recipient confirmed deletion; exports now need a second approval.",
        ["dpoContact"] = "dpo@smartroom.test",
        ["role"] = role,
        ["notifiable"] = notifiable,
        ["notNotifiableReason"] = notifiable ? null : "Encrypted data, key not exposed: no risk to people.",
        ["roomId"] = roomId,
    };

    public static async Task<BreachDto> RegisterBreachAsync(this HttpClient officer, Dictionary<string, object?> body)
    {
        var response = await officer.PostAsJsonAsync(Breaches, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BreachDto>())!;
    }

    public static async Task<T> OkAsync<T>(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static Task<BreachDetailsDto> GetBreachAsync(this HttpClient officer, Guid id) =>
        officer.GetAsync($"{Breaches}/{id}").OkAsync<BreachDetailsDto>();

    public static Task<HttpResponseMessage> PostBreachAsync(this HttpClient officer, Guid id, string action, object body) =>
        officer.PostAsJsonAsync($"{Breaches}/{id}/{action}", body);

    /// <summary>What the <c>privacy:breach-clock</c> job does every 5 minutes, done now.</summary>
    public static async Task RunBreachClockAsync(this SmartRoomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BreachClockJob>().Run(CancellationToken.None);
    }
}
