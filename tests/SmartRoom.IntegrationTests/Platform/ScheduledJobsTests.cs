using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>The host with Hangfire's server running, as production runs it.</summary>
public sealed class JobServerApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("SmartRoom:Jobs:RunServer", "true")];
}

public sealed class ScheduledJobsTests(JobServerApp app) : IClassFixture<JobServerApp>
{
    private static readonly string[] PrivacyJobs = ["privacy:policy-change-notices", "privacy:retention", "privacy:breach-clock"];

    [Fact]
    public async Task The_privacy_jobs_run_and_the_dashboard_lists_them_with_their_last_runs()
    {
        await app.ResetAsync();
        var manager = app.Services.GetRequiredService<IRecurringJobManager>();
        foreach (var id in PrivacyJobs)
        {
            manager.Trigger(id);
        }

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<RecurringJobDto> jobs;
        while (true)
        {
            jobs = connection.GetRecurringJobs(PrivacyJobs);
            if (jobs.Count == PrivacyJobs.Length && jobs.All(j => j.LastExecution is not null && j.LastJobState == "Succeeded"))
            {
                break;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the privacy jobs did not all run and succeed in time: "
                + string.Join(", ", jobs.Select(j => $"{j.Id}={j.LastJobState ?? "never"}")));
            await Task.Delay(200);
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = SmartRoomApp.AdminEmail, password = SmartRoomApp.AdminPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await (await client.GetAsync("/hangfire/recurring")).Content.ReadAsStringAsync();
        foreach (var id in PrivacyJobs)
        {
            page.ShouldContain(id);
        }

        await app.Work.WaitUntilQuietAsync();
        await app.Work.AssertNoFailuresAsync();
    }
}
