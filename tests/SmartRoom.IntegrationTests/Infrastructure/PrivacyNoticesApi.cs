using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Domain;
using SmartRoom.Modules.Privacy.Features.SendPolicyNotices;
using SmartRoom.Modules.Privacy.Jobs;
using SmartRoom.Modules.Privacy.Persistence;
using Wolverine;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record PolicyNoticeCountsDto(int Pending, int Dispatched, int Sent, int Failed, int Unreachable);

public sealed record UnreachedDto(Guid UserId, string Email, string DisplayName, string Outcome, string? Reason);

public sealed record UnreachedPageDto(UnreachedDto[] Items, int Page, int PageSize, int Total);

public sealed record PolicyNoticesDto(Guid PolicyVersionId, int? Version, string Status, DateTimeOffset? NotifyFrom, int Recipients, int Batches,
    PolicyNoticeCountsDto Counts, UnreachedPageDto Unreached);

/// <summary>Policy-change notices as an operator and the job drive them.</summary>
public static class PrivacyNoticesApi
{
    public const string NoticeSubject = "SmartRoom's privacy policy changes on";

    /// <summary>
    /// A published policy version, written straight into Privacy's table (no row of its own beyond the version).
    /// Until the drafting endpoints are on this branch this is the one place that stands in for "publish".
    /// </summary>
    public static async Task<Guid> ArrangePolicyVersionAsync(this SmartRoomApp app, bool material, DateTimeOffset effectiveAt, string summary)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
        var number = (await db.PolicyVersions.MaxAsync(v => v.Number) ?? 0) + 1;
        var now = app.Clock.GetUtcNow();
        var version = new PolicyVersion
        {
            Id = Guid.CreateVersion7(),
            Number = number,
            Text = $"# Privacy policy, version {number}\n\n{summary}",
            Html = $"<h1>Privacy policy, version {number}</h1><p>{summary}</p>",
            TextHash = new string('0', 64),
            Summary = summary,
            Material = material,
            EffectiveAt = effectiveAt,
            CreatedAt = now,
            PublishedAt = now,
        };
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    }

    /// <summary>Publishes a policy version as the publish slice does (its row, then <see cref="PolicyPublished"/>), and waits until Privacy handled it.</summary>
    public static async Task<Guid> PublishPolicyAsync(this SmartRoomApp app, DateTimeOffset effectiveAt, bool material = true, string summary = "Sign-in records are now kept for 90 days.")
    {
        var id = await app.ArrangePolicyVersionAsync(material, effectiveAt, summary);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
            var version = await db.PolicyVersions.AsNoTracking().SingleAsync(v => v.Id == id);
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(new PolicyPublished(
                Guid.CreateVersion7(), app.Clock.GetUtcNow(), id, version.Number!.Value, material, effectiveAt, summary));
        }

        await app.Work.WaitUntilQuietAsync();
        return id;
    }

    /// <summary>Runs <c>privacy:policy-change-notices</c> as Hangfire would, then waits until every email it caused is handled.</summary>
    public static async Task RunPolicyNoticesJobAsync(this SmartRoomApp app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PolicyChangeNoticesJob>().Run(CancellationToken.None);
        }

        await app.Work.WaitUntilQuietAsync();
    }

    /// <summary>The job's command with a bound on its batches (what a run cut short leaves behind).</summary>
    internal static async Task<SentPolicyNotices> SendPolicyNoticesAsync(this SmartRoomApp app, int? maxBatches = null, int? batchSize = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new SendPolicyNotices(maxBatches, batchSize));
        return result.Value;
    }

    internal static NoticeBatchFaults NoticeFaults(this SmartRoomApp app) => app.Services.GetRequiredService<NoticeBatchFaults>();

    public static async Task<PolicyNoticesDto> PolicyNoticesAsync(this HttpClient officer, Guid policyVersionId, int page = 1, int pageSize = 50)
    {
        var response = await officer.GetAsync($"/api/admin/privacy/policies/{policyVersionId}/notices?page={page}&pageSize={pageSize}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PolicyNoticesDto>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
    }

    /// <summary>Policy-change notices the SMTP server received for this address.</summary>
    public static int PolicyNoticesTo(this SmtpSink smtp, string email) =>
        smtp.To(email).Count(m => m.Subject?.StartsWith(NoticeSubject, StringComparison.Ordinal) == true);

    public static async Task<Guid> UserIdAsync(this SmartRoomApp app, SignedInUser user) =>
        (await app.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
}
