using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.IntegrationTests.Platform;
using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Content.Features.PublishScheduledPosts;
using SmartRoom.Modules.Content.Jobs;
using Wolverine.Tracking;

namespace SmartRoom.IntegrationTests.Content;

/// <summary><c>content:publish-scheduled</c>: each scheduled post is published once when its time comes, and announced once.</summary>
public sealed class ScheduledPublicationTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_scheduled_post_is_published_at_its_time_once_however_often_the_job_runs()
    {
        var marketing = await App.MarketingStaffAsync();
        var at = App.Clock.GetUtcNow().AddMinutes(10);
        var post = await marketing.CreatePostAsync("Coming soon");
        var scheduled = await marketing.PublishPostAsync(post.Id, at);
        scheduled.Status.ShouldBe("Scheduled");
        scheduled.PublishAt!.Value.ShouldBe(at, Stored);
        (await App.Visitor().PublicPostResponseAsync("coming-soon")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (early, earlyEvents) = await TrackAsync(() => RunAsync(App.Services));
        early.ShouldBe(new ScheduledPostsRun(0, 0));
        earlyEvents.ShouldBeEmpty();

        App.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var (run, events) = await TrackAsync(() => RunAsync(App.Services));
        run.ShouldBe(new ScheduledPostsRun(1, 0));
        var announced = events.ShouldHaveSingleItem();
        (announced.PostId, announced.Slug, announced.Title).ShouldBe((post.Id, "coming-soon", "Coming soon"));

        var (second, secondEvents) = await TrackAsync(() => RunAsync(App.Services));
        second.ShouldBe(new ScheduledPostsRun(0, 0));
        secondEvents.ShouldBeEmpty();

        var published = await marketing.EditorPostAsync(post.Id);
        (published.Status, published.PublishAt).ShouldBe(("Published", null));
        published.PublishedAt!.Value.ShouldBe(at, Stored, "published at its time, not at the run's");
        (await App.Visitor().PublicPostAsync("coming-soon")).PublishedAt.ShouldBe(published.PublishedAt);
        (await App.PostRecordAsync(post.Id)).ShouldBe([("post.created", published.AuthorId), ("post.scheduled", published.AuthorId), ("post.published", null)]);
    }

    [Fact]
    public async Task Two_runs_at_once_publish_and_announce_each_post_once()
    {
        var marketing = await App.MarketingStaffAsync();
        var posts = new List<EditorPostDto>();
        for (var i = 0; i < 6; i++)
        {
            posts.Add(await marketing.PublishPostAsync((await marketing.CreatePostAsync($"Scheduled {i}")).Id, App.Clock.GetUtcNow().AddMinutes(1 + i)));
        }

        App.Clock.Advance(TimeSpan.FromMinutes(8));
        var (runs, events) = await TrackAsync(async () => await Task.WhenAll(RunAsync(App.Services), RunAsync(App.Services)));

        runs.Sum(r => r.Published).ShouldBe(posts.Count);
        events.Select(e => e.PostId).ShouldBe(posts.Select(p => p.Id), ignoreOrder: true);
        foreach (var post in posts)
        {
            (await App.PostRecordAsync(post.Id)).Count(r => r.Action == "post.published").ShouldBe(1);
            (await marketing.EditorPostAsync(post.Id)).Status.ShouldBe("Published");
        }

        (await App.Visitor().PublicPostsAsync()).Total.ShouldBe(posts.Count);
    }

    [Fact]
    public async Task A_post_unpublished_or_rescheduled_before_its_time_is_not_published_then()
    {
        var marketing = await App.MarketingStaffAsync();
        var now = App.Clock.GetUtcNow();
        var calledOff = await marketing.PublishPostAsync((await marketing.CreatePostAsync("Called off")).Id, now.AddMinutes(5));
        var moved = await marketing.PublishPostAsync((await marketing.CreatePostAsync("Moved")).Id, now.AddMinutes(5));
        (await marketing.UnpublishPostAsync(calledOff.Id)).Status.ShouldBe("Unpublished");
        (await marketing.PublishPostAsync(moved.Id, now.AddMinutes(12))).PublishAt!.Value.ShouldBe(now.AddMinutes(12), Stored);

        App.Clock.Advance(TimeSpan.FromMinutes(6));
        var (run, events) = await TrackAsync(() => RunAsync(App.Services));

        run.ShouldBe(new ScheduledPostsRun(0, 0));
        events.ShouldBeEmpty();
        await QuietAsync();
        (await App.Visitor().PublicPostsAsync()).Total.ShouldBe(0);
        (await marketing.EditorPostAsync(moved.Id)).Status.ShouldBe("Scheduled");

        App.Clock.Advance(TimeSpan.FromMinutes(7));
        (await TrackAsync(() => RunAsync(App.Services))).Events.ShouldHaveSingleItem().PostId.ShouldBe(moved.Id);
        (await marketing.EditorPostAsync(calledOff.Id)).Status.ShouldBe("Unpublished");
    }

    [Fact]
    public async Task Publishing_now_announces_the_post_once()
    {
        var marketing = await App.MarketingStaffAsync();
        var post = await marketing.CreatePostAsync("Right now");
        var past = App.Clock.GetUtcNow().AddMinutes(-5);

        var (published, events) = await TrackAsync(() => marketing.PublishPostAsync(post.Id, past));

        published.Status.ShouldBe("Published", "a time not in the future publishes now");
        published.PublishedAt!.Value.ShouldBe(App.Clock.GetUtcNow(), TimeSpan.FromSeconds(5));
        published.PublishAt.ShouldBeNull();
        events.ShouldHaveSingleItem().PostId.ShouldBe(post.Id);
    }

    /// <summary>How far a time read back may be from the one sent: the databases keep fewer digits than .NET.</summary>
    internal static readonly TimeSpan Stored = TimeSpan.FromMilliseconds(1);

    /// <summary>One run of the job's command, in a scope of its own as Hangfire would run it.</summary>
    internal static async Task<ScheduledPostsRun> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new PublishScheduledPosts());
        run.IsSuccess.ShouldBeTrue();
        return run.Value;
    }

    private Task<(T Result, List<PostPublished> Events)> TrackAsync<T>(Func<Task<T>> run) => TrackOnAsync(App.Host, run);

    /// <summary>The <see cref="PostPublished"/> announced while <paramref name="run"/> ran (sent, or published with no subscriber yet).</summary>
    internal static async Task<(T Result, List<PostPublished> Events)> TrackOnAsync<T>(IHost host, Func<Task<T>> run)
    {
        T result = default!;
        var tracked = await host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await run()));
        var sent = tracked.Sent.MessagesOf<PostPublished>().ToList();
        return (result, (sent.Count > 0 ? sent : tracked.NoRoutes.MessagesOf<PostPublished>()).DistinctBy(e => e.EventId).ToList());
    }
}

/// <summary>A host of its own for the restart: a second host on the same database is started from it.</summary>
public sealed class PublicationRestartApp : SmartRoomApp;

public sealed class ScheduledPublicationRestartTests(PublicationRestartApp app) : IClassFixture<PublicationRestartApp>
{
    [Fact]
    public async Task A_post_scheduled_before_a_restart_is_published_once_by_the_host_that_comes_after()
    {
        await app.ResetAsync();
        var marketing = await app.MarketingStaffAsync();
        var token = marketing.DefaultRequestHeaders.Authorization!;
        var at = app.Clock.GetUtcNow().AddHours(1);
        Guid postId;
        await using (var before = app.WithWebHostBuilder(_ => { }))
        {
            var client = before.CreateClient();
            client.DefaultRequestHeaders.Authorization = token;
            postId = (await client.CreatePostAsync("Across a restart")).Id;
            (await client.PublishPostAsync(postId, at)).Status.ShouldBe("Scheduled");
            (await ScheduledPublicationTests.RunAsync(before.Services)).ShouldBe(new ScheduledPostsRun(0, 0));
        }

        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await using (var after = app.WithWebHostBuilder(_ => { }))
        {
            var host = after.Services.GetRequiredService<IHost>();
            var (run, events) = await ScheduledPublicationTests.TrackOnAsync(host, () => ScheduledPublicationTests.RunAsync(after.Services));
            run.ShouldBe(new ScheduledPostsRun(1, 0));
            events.ShouldHaveSingleItem().PostId.ShouldBe(postId);
            var (again, none) = await ScheduledPublicationTests.TrackOnAsync(host, () => ScheduledPublicationTests.RunAsync(after.Services));
            again.ShouldBe(new ScheduledPostsRun(0, 0));
            none.ShouldBeEmpty();
            (await after.CreateClient().PublicPostAsync("across-a-restart")).PublishedAt!.Value.ShouldBe(at, ScheduledPublicationTests.Stored);
        }

        (await ScheduledPublicationTests.RunAsync(app.Services)).ShouldBe(new ScheduledPostsRun(0, 0));
        (await app.PostRecordAsync(postId)).Count(r => r.Action == "post.published").ShouldBe(1);
        (await app.Visitor().PublicPostAsync("across-a-restart")).Id.ShouldBe(postId);
    }
}

/// <summary>
/// <c>content:publish-scheduled</c> on a host with Hangfire's server, as production runs it. Alone: Hangfire keeps some of
/// its set-up process-wide (see <see cref="Messaging.QaRemindersJobTests"/>).
/// </summary>
[Collection(nameof(Messaging.QaRemindersJobTests))]
public sealed class PublishScheduledJobTests(JobServerApp app) : IClassFixture<JobServerApp>
{
    [Fact]
    public async Task The_job_runs_every_minute_on_hangfire_and_publishes_what_is_due()
    {
        await app.ResetAsync();
        var marketing = await app.MarketingStaffAsync();
        var post = await marketing.PublishPostAsync((await marketing.CreatePostAsync("On the job")).Id, app.Clock.GetUtcNow().AddMinutes(5));
        app.Clock.Advance(TimeSpan.FromMinutes(6));

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs([PublishScheduledPostsJob.Id]).ShouldHaveSingleItem();
        job.Cron.ShouldBe("* * * * *");
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(PublishScheduledPostsJob.Id);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await app.Visitor().PublicPostResponseAsync("on-the-job")).StatusCode != HttpStatusCode.OK)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the job did not publish the post in time");
            await Task.Delay(200);
        }

        // Hangfire may run it again (its minute came, or the trigger): the post stays published once.
        await app.Work.WaitUntilQuietAsync();
        (await ScheduledPublicationTests.RunAsync(app.Services)).Published.ShouldBe(0);
        (await app.PostRecordAsync(post.Id)).Count(r => r.Action == "post.published").ShouldBe(1);
        await app.Work.AssertNoFailuresAsync();
    }
}
