using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Domain;
using SmartRoom.Modules.Messaging.Features.SendQaReminders;
using SmartRoom.Modules.Messaging.Jobs;
using Wolverine.Tracking;

namespace SmartRoom.IntegrationTests.Messaging;

public sealed class QaExtrasTests(SmartRoomApp app) : AppTest(app)
{
    private const string LeaseTitle = "Remaining term of the Rotterdam warehouse lease";
    private const string LeaseBody = "How many years remain on the lease of the Rotterdam warehouse, and can the landlord terminate it early?";

    [Fact]
    public async Task An_faq_reaches_only_the_groups_named_and_never_says_who_or_which_group_asked()
    {
        var qa = await App.QaRoomAsync();
        var gamma = await App.CreateQaGroupAsync(qa, "Gamma Bidders");
        var cid = await App.UserIdAsync(await App.JoinAsync(qa.Manager, qa.Room.Id, groupId: gamma.Id));
        var cara = App.Client(await App.JoinAsync(qa.Manager, qa.Room.Id, groupId: gamma.Id));
        var ben = App.Client(qa.Ben);
        var (question, _) = await App.SeedQuestionAsync(qa.Room.Id,
            new QuestionSeed(qa.AnnId, qa.GroupA.Id, LeaseTitle, LeaseBody) { Status = QuestionStatus.Approved, Answer = "Seven years; no early termination." });
        var (open, _) = await App.SeedQuestionAsync(qa.Room.Id, new QuestionSeed(qa.AnnId, qa.GroupA.Id, "Headcount", "How many staff are employed?"));
        (await ben.SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term")).Items.ShouldBeEmpty();

        (await ben.PublishFaqAsync(qa.Room.Id, question, all: true)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var notAnswered = await qa.Manager.PublishFaqAsync(qa.Room.Id, open, all: true);
        notAnswered.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await notAnswered.CodeAsync()).ShouldBe("question-not-answered");
        (await qa.Manager.PublishFaqAsync(qa.Room.Id, question, [Guid.NewGuid()])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await qa.Manager.PublishFaqAsync(qa.Room.Id, question)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await qa.Manager.PublishFaqAsync(qa.Room.Id, question, [qa.GroupB.Id], all: true)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await qa.Manager.PublishFaqAsync(qa.Room.Id, Guid.NewGuid(), all: true)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await QuietAsync();
        (await ben.SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term")).Items.ShouldBeEmpty();

        FaqPublicationDto? published = null;
        var tracked = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            published = await qa.Manager.PublishFaqAsync(qa.Room.Id, question, [qa.GroupB.Id, qa.GroupA.Id]).OkAsync<FaqPublicationDto>()));
        published!.Scope.ShouldBe("Groups");
        published.Notified.ShouldBe(1, "Ben's group is told; Ann's group sees it already");
        var notice = Published<FaqPublished>(tracked).ShouldHaveSingleItem();
        notice.Recipients.Select(r => r.UserId).ShouldBe([qa.BenId]);
        var audit = Published<MessagingActivityRecorded>(tracked).ShouldHaveSingleItem();
        audit.Action.ShouldBe(MessagingAuditActions.FaqPublished);
        audit.ActorId.ShouldBe(qa.ManagerId);

        var (items, json) = await ben.SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term");
        var faq = items.ShouldHaveSingleItem();
        (faq.Id, faq.Title, faq.Answer, faq.Faq).ShouldBe((question, LeaseTitle, "Seven years; no early termination.", true));
        foreach (var secret in new[] { qa.AnnId.ToString(), qa.Ann.Email, qa.GroupA.Id.ToString(), qa.GroupA.Name })
        {
            json.ShouldNotContain(secret, Case.Insensitive);
        }

        (await cara.SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term")).Items.ShouldBeEmpty("Gamma was not named");
        (await qa.Manager.PublishFaqAsync(qa.Room.Id, question, [qa.GroupB.Id]).OkAsync<FaqPublicationDto>()).Notified.ShouldBe(0, "Ben's group was told before");
        (await App.Client(qa.Ann).SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term")).Items.ShouldHaveSingleItem().Faq.ShouldBeFalse();

        // Widening to everyone tells only those not told before.
        tracked = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            (await qa.Manager.PublishFaqAsync(qa.Room.Id, question, all: true).OkAsync<FaqPublicationDto>()).Notified.ShouldBe(2)));
        Published<FaqPublished>(tracked).ShouldHaveSingleItem().Recipients.Select(r => r.UserId).ShouldNotContain(qa.BenId);
        Published<FaqPublished>(tracked).Single().Recipients.Select(r => r.UserId).ShouldContain(cid);
        (await cara.SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term")).Items.ShouldHaveSingleItem();

        (await ben.WithdrawFaqAsync(qa.Room.Id, question)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await qa.Manager.WithdrawFaqAsync(qa.Room.Id, question)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ben.SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term")).Items.ShouldBeEmpty();
        (await cara.SimilarQuestionsAsync(qa.Room.Id, "Rotterdam warehouse lease term")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Suggestions_to_an_asker_never_return_or_hint_at_another_groups_question()
    {
        var qa = await App.QaRoomAsync();
        var ann = App.Client(qa.Ann);
        var (own, _) = await App.SeedQuestionAsync(qa.Room.Id, new QuestionSeed(qa.AnnId, qa.GroupA.Id,
            "Warehouse lease in Rotterdam", "When does the Rotterdam warehouse lease end?") { Status = QuestionStatus.Closed });
        await App.SeedQuestionAsync(qa.Room.Id, new QuestionSeed(qa.AnnId, qa.GroupA.Id, "Unanswered lease question",
            "Is the Rotterdam warehouse lease registered?"));
        var before = await ann.SimilarQuestionsAsync(qa.Room.Id, LeaseTitle, LeaseBody);
        before.Items.Select(i => i.Id).ShouldBe([own], "only answered questions are suggested");

        // Group B asks almost the same question, and it is answered: Ann learns nothing of it.
        await App.SeedQuestionAsync(qa.Room.Id, new QuestionSeed(qa.BenId, qa.GroupB.Id, "Remaining term of Rotterdam warehouse lease",
            LeaseBody) { Status = QuestionStatus.Approved, Answer = "Beta's confidential answer" });
        var after = await ann.SimilarQuestionsAsync(qa.Room.Id, LeaseTitle, LeaseBody);
        after.Json.ShouldBe(before.Json, "neither the list nor a score changes");
        after.Json.ShouldNotContain("Beta", Case.Insensitive);

        var nothing = await ann.SimilarQuestionsAsync(qa.Room.Id, "Patents on the packaging process");
        nothing.Json.ShouldBe("[]");
        (await App.Client(qa.Ben).SimilarQuestionsAsync(qa.Room.Id, LeaseTitle, LeaseBody)).Items.ShouldHaveSingleItem().Title
            .ShouldBe("Remaining term of Rotterdam warehouse lease");

        (await ann.SimilarAsync(qa.Room.Id, "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.SimilarAsync(qa.Room.Id, new string('x', 201))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.SimilarAsync(qa.Room.Id, "Lease", new string('x', 10_001))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.Client(await App.SignUpAsync()).SimilarAsync(qa.Room.Id, "Lease")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Managers_see_likely_duplicates_across_groups()
    {
        var qa = await App.QaRoomAsync();
        var planted = await App.SeedQuestionsAsync(qa.Room.Id,
            new QuestionSeed(qa.AnnId, qa.GroupA.Id, LeaseTitle, LeaseBody),
            new QuestionSeed(qa.BenId, qa.GroupB.Id, "Rotterdam lease: years remaining?", "How long does the warehouse lease in Rotterdam still run? Can the landlord end it early?")
                { Status = QuestionStatus.Approved },
            new QuestionSeed(qa.BenId, qa.GroupB.Id, "Patents", "Which patents does the company hold on its packaging process?"));

        var duplicates = await qa.Manager.DuplicatesAsync(qa.Room.Id, planted[0].Id).OkAsync<DuplicateQuestionDto[]>();
        var duplicate = duplicates.ShouldHaveSingleItem();
        (duplicate.Id, duplicate.Number, duplicate.GroupId, duplicate.GroupName, duplicate.Status)
            .ShouldBe((planted[1].Id, planted[1].Number, (Guid?)qa.GroupB.Id, "Beta Bidders", "Approved"));
        duplicate.Score.ShouldBeInRange(QuestionMatcher.Threshold, 1.0);

        (await App.Client(qa.Ann).DuplicatesAsync(qa.Room.Id, planted[0].Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await qa.Manager.DuplicatesAsync(qa.Room.Id, Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_export_is_a_streamed_formula_safe_csv_for_managers_only()
    {
        var qa = await App.QaRoomAsync();
        const string evil = "=HYPERLINK(\"http://evil.test\",\"click\")";
        var seeds = Enumerable.Range(1, 430).Select(i => new QuestionSeed(qa.BenId, qa.GroupB.Id, $"Question {i}", $"Text {i}")).ToList();
        seeds[0] = new QuestionSeed(qa.AnnId, qa.GroupA.Id, evil, "-2+3 is the ratio, isn't it?") { Status = QuestionStatus.Approved, Answer = "@SUM(A1:A2), \"quoted\"" };
        var planted = await App.SeedQuestionsAsync(qa.Room.Id, [.. seeds]);

        HttpResponseMessage? response = null;
        var tracked = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            response = await qa.Manager.ExportQuestionsAsync(qa.Room.Id)));
        response!.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith($"questions-{qa.Room.Id:D}-");
        response.Content.Headers.ContentLength.ShouldBeNull("written as it is read, not buffered");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("number,group,askedBy,askedAt,category,priority,status,dueAt,title,question,answer,answerSha256,answeredAt,assignee,faq");
        lines.Length.ShouldBe(431);
        lines.Skip(1).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(planted.Select(p => p.Number));
        lines[1].ShouldContain(",Alpha Bidders,Test User,");
        lines[1].ShouldContain(",\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"click\"\")\",");
        lines[1].ShouldContain(",\"'-2+3 is the ratio, isn't it?\",");
        lines[1].ShouldContain(",\"'@SUM(A1:A2), \"\"quoted\"\"\"," + SealedText.Sha256("@SUM(A1:A2), \"quoted\"") + ",");
        var audit = Published<MessagingActivityRecorded>(tracked).ShouldHaveSingleItem();
        (audit.Action, audit.Details["rows"]).ShouldBe((MessagingAuditActions.QuestionsExported, "430"));

        var approved = await (await qa.Manager.ExportQuestionsAsync(qa.Room.Id, $"?status=approved&groupId={qa.GroupA.Id}")).Content.ReadAsStringAsync();
        approved.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        (await (await qa.Manager.ExportQuestionsAsync(qa.Room.Id, "?category=Legal")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        (await qa.Manager.ExportQuestionsAsync(qa.Room.Id, "?status=Pondering")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.Client(qa.Ann).ExportQuestionsAsync(qa.Room.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.Client(await App.SignUpAsync()).ExportQuestionsAsync(qa.Room.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_report_gives_each_groups_asked_answered_median_time_to_answer_and_overdue()
    {
        var qa = await App.QaRoomAsync();
        var empty = await App.CreateQaGroupAsync(qa, "Gamma Bidders");
        var t0 = App.Clock.GetUtcNow().AddDays(-10);
        await App.SeedQuestionsAsync(qa.Room.Id,
            new QuestionSeed(qa.AnnId, qa.GroupA.Id, "A1", "a") { Status = QuestionStatus.Approved, AskedAt = t0, ApprovedAt = t0.AddHours(10) },
            new QuestionSeed(qa.AnnId, qa.GroupA.Id, "A2", "a") { Status = QuestionStatus.Closed, AskedAt = t0, ApprovedAt = t0.AddHours(20) },
            new QuestionSeed(qa.AnnId, qa.GroupA.Id, "A3", "a") { Status = QuestionStatus.Drafted, AskedAt = t0, DueAt = t0.AddDays(2) },
            new QuestionSeed(qa.BenId, qa.GroupB.Id, "B1", "b") { Status = QuestionStatus.Approved, AskedAt = t0, ApprovedAt = t0.AddHours(5) },
            new QuestionSeed(qa.BenId, qa.GroupB.Id, "B2", "b") { Status = QuestionStatus.Declined, AskedAt = t0, DueAt = t0.AddDays(1) },
            new QuestionSeed(qa.ManagerId, null, "N1", "n") { Status = QuestionStatus.Assigned, AskedAt = t0, DueAt = App.Clock.GetUtcNow().AddMinutes(10) });

        var report = await qa.Manager.QaReportAsync(qa.Room.Id).OkAsync<QaReportDto>();
        report.Groups.ShouldBe(
        [
            new QaGroupFiguresDto(qa.GroupA.Id, "Alpha Bidders", 3, 2, 15.0, 1),
            new QaGroupFiguresDto(qa.GroupB.Id, "Beta Bidders", 2, 1, 5.0, 0),
            new QaGroupFiguresDto(empty.Id, "Gamma Bidders", 0, 0, null, 0),
            new QaGroupFiguresDto(null, "No group", 1, 0, null, 0),
        ]);
        report.Totals.ShouldBe(new QaFiguresDto(6, 3, 10.0, 1));

        App.Clock.Advance(TimeSpan.FromMinutes(11));
        (await qa.Manager.QaReportAsync(qa.Room.Id).OkAsync<QaReportDto>()).Totals.Overdue.ShouldBe(2, "the unanswered question without a group fell due");
        (await App.Client(qa.Ben).QaReportAsync(qa.Room.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reminders_go_to_the_assignee_before_the_due_date_and_to_managers_after_it_each_once()
    {
        var qa = await App.QaRoomAsync();
        var advisers = await App.CreateQaGroupAsync(qa, "Advisers");
        var expert = await App.JoinAsync(qa.Manager, qa.Room.Id, role: "Contributor", groupId: advisers.Id);
        var expertId = await App.UserIdAsync(expert);
        var (closedManager, closedRoom) = await App.ManagerWithRoomAsync("Closed Deal");
        var now = App.Clock.GetUtcNow();
        var planted = await App.SeedQuestionsAsync(qa.Room.Id,
            new QuestionSeed(qa.AnnId, qa.GroupA.Id, "Soon", "s") { Status = QuestionStatus.Assigned, AssigneeId = expertId, DueAt = now.AddHours(10) },
            new QuestionSeed(qa.AnnId, qa.GroupA.Id, "Later", "l") { Status = QuestionStatus.Assigned, AssigneeId = expertId, DueAt = now.AddHours(30) },
            new QuestionSeed(qa.BenId, qa.GroupB.Id, "Late", "l") { Status = QuestionStatus.Drafted, AssigneeId = expertId, DueAt = now.AddHours(-1) },
            new QuestionSeed(qa.BenId, qa.GroupB.Id, "Answered", "a") { Status = QuestionStatus.Approved, DueAt = now.AddHours(-5) });
        var (soon, later, late) = (planted[0].Id, planted[1].Id, planted[2].Id);
        var closedQuestion = await App.SeedQuestionAsync(closedRoom.Id, new QuestionSeed(qa.ManagerId, null, "Closed room", "c") { DueAt = now.AddHours(-3) });
        foreach (var status in new[] { "Active", "Closed" })
        {
            // One change at a time: after two quick status changes Messaging's copy was seen to keep the older one.
            (await closedManager.PostAsJsonAsync($"/api/deal-rooms/{closedRoom.Id}/status", new { status })).StatusCode.ShouldBe(HttpStatusCode.OK);
            await App.WaitForRoomStatusAsync(closedRoom.Id, status);
        }

        await QuietAsync();

        var (first, sent) = await RunRemindersAsync();
        first.ShouldBe(new QaRemindersRun(1, 1, 0), string.Join("; ", sent.Select(r => $"{r.Kind} {r.Number} in {r.RoomName}")));
        sent.Count.ShouldBe(2);
        var dueSoon = sent.Single(r => r.Kind == QaReminderKinds.DueSoon);
        (dueSoon.QuestionId, dueSoon.Number, dueSoon.RoomName).ShouldBe((soon, planted[0].Number, "Project Heron"));
        dueSoon.Recipients.Select(r => r.UserId).ShouldBe([expertId]);
        var overdue = sent.Single(r => r.Kind == QaReminderKinds.Overdue);
        overdue.QuestionId.ShouldBe(late);
        overdue.Recipients.Select(r => r.UserId).ShouldBe([qa.ManagerId]);
        sent.ShouldNotContain(r => r.QuestionId == closedQuestion.Id);

        var (second, sentAgain) = await RunRemindersAsync();
        second.ShouldBe(new QaRemindersRun(0, 0, 0));
        sentAgain.ShouldBeEmpty();

        // A day on: "Later" falls within 24 hours, "Soon" is past due. Two runs at once send each reminder once.
        App.Clock.Advance(TimeSpan.FromHours(20));
        var (racing, raced) = await TrackRemindersAsync(() => Task.WhenAll(SendRemindersAsync(), SendRemindersAsync()));
        racing.Sum(r => r.DueSoon).ShouldBe(1);
        racing.Sum(r => r.Overdue).ShouldBe(1);
        // Without a subscriber, a publish is recorded before its commit: the race's loser shows up here though it rolled back.
        raced.Select(r => (r.QuestionId, r.Kind)).Distinct().ShouldBe([(later, QaReminderKinds.DueSoon), (soon, QaReminderKinds.Overdue)], ignoreOrder: true);
        (await App.QaRemindersAsync()).Where(r => r.QuestionId == later || (r.QuestionId == soon && r.Kind == QaReminderKinds.Overdue)).Count().ShouldBe(2);

        // As after a restart: the job, from a fresh scope, finds every reminder sent.
        var (_, afterRestart) = await TrackRemindersAsync(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<QaRemindersJob>().Run(CancellationToken.None);
            return true;
        });
        afterRestart.ShouldBeEmpty();
        (await App.QaRemindersAsync()).Count.ShouldBe(4);

        // A new due date earns a new reminder.
        await App.SetDueAsync(late, App.Clock.GetUtcNow().AddHours(-2));
        var (moved, movedSent) = await RunRemindersAsync();
        moved.ShouldBe(new QaRemindersRun(0, 1, 0));
        movedSent.ShouldHaveSingleItem().QuestionId.ShouldBe(late);
        (await App.QaRemindersAsync()).Count(r => r.QuestionId == late).ShouldBe(2);
    }

    [Fact]
    public async Task A_reminder_with_nobody_to_tell_is_not_recorded_and_the_run_moves_past_it_batch_after_batch()
    {
        var qa = await App.QaRoomAsync();
        var now = App.Clock.GetUtcNow();
        var gone = Guid.NewGuid(); // an assignee who is no member of the room (left it)
        var seeds = Enumerable.Range(1, SendQaRemindersHandler.BatchSize + 5)
            .Select(i => new QuestionSeed(qa.AnnId, qa.GroupA.Id, $"Q{i}", "q") { Status = QuestionStatus.Assigned, AssigneeId = gone, DueAt = now.AddHours(2) })
            .Append(new QuestionSeed(qa.AnnId, qa.GroupA.Id, "Mine", "m") { Status = QuestionStatus.Assigned, AssigneeId = qa.BenId, DueAt = now.AddHours(3) })
            .ToArray();
        var planted = await App.SeedQuestionsAsync(qa.Room.Id, seeds);

        var (run, sent) = await RunRemindersAsync();
        run.ShouldBe(new QaRemindersRun(1, 0, SendQaRemindersHandler.BatchSize + 5));
        sent.ShouldHaveSingleItem().QuestionId.ShouldBe(planted[^1].Id);
        (await App.QaRemindersAsync()).ShouldHaveSingleItem().QuestionId.ShouldBe(planted[^1].Id);
    }

    private Task<(QaRemindersRun Run, List<QaReminderIssued> Sent)> RunRemindersAsync() => TrackRemindersAsync(SendRemindersAsync);

    /// <summary>One run of the job's command, in a scope of its own as Hangfire would run it.</summary>
    private async Task<QaRemindersRun> SendRemindersAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new SendQaReminders());
        run.IsSuccess.ShouldBeTrue();
        return run.Value;
    }

    private async Task<(T Result, List<QaReminderIssued> Sent)> TrackRemindersAsync<T>(Func<Task<T>> run)
    {
        T result = default!;
        var tracked = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await run()));
        return (result, Published<QaReminderIssued>(tracked));
    }

    /// <summary>
    /// The messages of a kind published in a tracked session: those sent once their unit of work committed, or, while no
    /// module subscribes to the kind, those published (recorded when published, before the commit).
    /// </summary>
    private static List<T> Published<T>(ITrackedSession tracked) where T : SmartRoom.BuildingBlocks.Contracts.IIntegrationEvent
    {
        var sent = tracked.Sent.MessagesOf<T>().ToList();
        return (sent.Count > 0 ? sent : tracked.NoRoutes.MessagesOf<T>()).DistinctBy(m => m.EventId).ToList();
    }
}
