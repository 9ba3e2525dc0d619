using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.IntegrationTests.Platform;
using SmartRoom.Modules.Messaging.Domain;
using SmartRoom.Modules.Messaging.Jobs;

namespace SmartRoom.IntegrationTests.Messaging;

/// <summary>
/// <c>messaging:qa-reminders</c> on a host with Hangfire's server, as production runs it. Alone: Hangfire keeps some of
/// its set-up process-wide, so a host built beside this one (in a parallel class) could run the job in its own database.
/// </summary>
[Collection(nameof(QaRemindersJobTests))]
public sealed class QaRemindersJobTests(JobServerApp app) : IClassFixture<JobServerApp>
{
    [Fact]
    public async Task The_reminders_job_runs_every_15_minutes_sends_what_is_due_and_the_dashboard_lists_it()
    {
        await app.ResetAsync();
        var qa = await app.QaRoomAsync();
        var (late, _) = await app.SeedQuestionAsync(qa.Room.Id,
            new QuestionSeed(qa.BenId, qa.GroupB.Id, "Late", "l") { Status = QuestionStatus.Open, DueAt = app.Clock.GetUtcNow().AddHours(-1) });

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs([QaRemindersJob.Id]).ShouldHaveSingleItem();
        job.Cron.ShouldBe("*/15 * * * *");
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(QaRemindersJob.Id);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        // A server database keeps the job's earlier runs: wait for a run after this trigger.
        while (connection.GetRecurringJobs([QaRemindersJob.Id]).Single() is not { LastJobState: "Succeeded" } run
               || run.LastJobId == job.LastJobId)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the reminders job did not run and succeed in time");
            await Task.Delay(200);
        }

        var sent = (await app.QaRemindersAsync()).ShouldHaveSingleItem();
        (sent.QuestionId, sent.Kind).ShouldBe((late, "overdue"));

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = SmartRoomApp.AdminEmail, password = SmartRoomApp.AdminPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await client.GetAsync("/hangfire/recurring")).Content.ReadAsStringAsync()).ShouldContain(QaRemindersJob.Id);

        await app.Work.WaitUntilQuietAsync();
        await app.Work.AssertNoFailuresAsync();
    }
}

[CollectionDefinition(nameof(QaRemindersJobTests), DisableParallelization = true)]
public sealed class QaRemindersJobCollection;
