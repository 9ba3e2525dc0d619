using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Notifications.Contracts;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.Tracking;
using static SmartRoom.IntegrationTests.Infrastructure.PrivacyBreachesApi;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class BreachNoticeTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task The_affected_are_those_the_room_audit_trail_shows_acting_in_the_window()
    {
        var (manager, room, ann, bea, document) = await RoomWithTwoReadersAsync();
        var start = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromHours(1));
        await DownloadAsync(ann, room.Id, document);
        App.Clock.Advance(TimeSpan.FromHours(1));
        await DownloadAsync(bea, room.Id, document);
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var breach = await officer.RegisterBreachAsync(BreachBody(App.Clock.GetUtcNow(), room.Id));

        var first = await officer.PostBreachAsync(breach.Id, "affected/select",
            new { roomId = room.Id, from = start.AddMinutes(30).ToOffset(TimeSpan.FromHours(-5)), to = start.AddMinutes(90) }).OkAsync<AffectedSelectionDto>();
        first.ShouldBe(new AffectedSelectionDto(1, 1, 1));
        var affected = await officer.GetAsync($"{Breaches}/{breach.Id}/affected").OkAsync<AffectedPeopleDto>();
        affected.Items.ShouldHaveSingleItem().Email.ShouldBe(ann.Email, "Bea read the document after the window, the manager acted before it");
        affected.Items[0].Delivery.ShouldBe("not-notified");

        var wider = await officer.PostBreachAsync(breach.Id, "affected/select",
            new { roomId = room.Id, from = start.AddMinutes(-5), to = App.Clock.GetUtcNow().AddMinutes(1) }).OkAsync<AffectedSelectionDto>();
        wider.Found.ShouldBe(3, "the manager set the room up, Ann and Bea joined and read");
        wider.Added.ShouldBe(2);
        wider.Total.ShouldBe(3);
        var all = await officer.GetAsync($"{Breaches}/{breach.Id}/affected").OkAsync<AffectedPeopleDto>();
        all.Items.Select(p => p.Email).ShouldBe([ann.Email, bea.Email, manager.Email], ignoreOrder: true);
        (await App.Database.CountAsync("privacy", "BreachSubjects")).ShouldBe(3);
        (await officer.GetAsync($"{Breaches}/{breach.Id}/affected?page=2&pageSize=2").OkAsync<AffectedPeopleDto>()).Items.Length.ShouldBe(1);
    }

    [Fact]
    public async Task For_a_client_room_SmartRoom_processes_the_controllers_are_told_first_then_each_affected_person_once_and_delivery_is_tracked()
    {
        var (manager, room, ann, bea, document) = await RoomWithTwoReadersAsync();
        var start = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        await DownloadAsync(ann, room.Id, document);
        await DownloadAsync(bea, room.Id, document);
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var breach = await officer.RegisterBreachAsync(BreachBody(App.Clock.GetUtcNow(), room.Id, role: "processor"));
        await officer.PostBreachAsync(breach.Id, "affected/select", new { roomId = room.Id, from = start.AddMinutes(10), to = App.Clock.GetUtcNow().AddMinutes(1) })
            .OkAsync<AffectedSelectionDto>();

        var tooEarly = await officer.PostBreachAsync(breach.Id, "notify-affected", new { message = "We are sorry." });
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooEarly.CodeAsync()).ShouldBe("controllers-not-notified");
        (await officer.PostBreachAsync(breach.Id, "notify-controllers", new { message = "Please review your own duties." }).OkAsync<NoticesSentDto>())
            .ShouldBe(new NoticesSentDto(1, 0));
        var toController = await App.Smtp.WaitForAsync(manager.Email, m => (m.Subject ?? "").Contains("concerning your deal room", StringComparison.Ordinal));
        toController.TextBody!.ShouldContain("Please review your own duties.");
        toController.TextBody!.ShouldContain("As the controller");

        NoticesSentDto? sent = null;
        var tracked = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
                sent = await officer.PostBreachAsync(breach.Id, "notify-affected", new { message = "We are sorry for this." }).OkAsync<NoticesSentDto>()));
        sent.ShouldBe(new NoticesSentDto(2, 0));
        foreach (var person in new[] { ann, bea })
        {
            var notice = await App.Smtp.WaitForAsync(person.Email, m => (m.Subject ?? "").Contains("personal-data breach that concerns you", StringComparison.Ordinal));
            notice.Subject!.ShouldContain(breach.Reference);
            notice.TextBody!.ShouldContain("We are sorry for this.");
            notice.TextBody!.ShouldContain("A data-room export was emailed to the wrong recipient.");
            notice.TextBody!.ShouldContain("Names, Email addresses");
            notice.TextBody!.ShouldContain("The recipient confirmed deletion");
            notice.TextBody!.ShouldContain("dpo@smartroom.test");
            notice.TextBody!.ShouldContain("What you can do");
        }

        (await officer.PostBreachAsync(breach.Id, "notify-affected", new { message = "Again." }).OkAsync<NoticesSentDto>()).ShouldBe(new NoticesSentDto(0, 2));
        (await officer.PostBreachAsync(breach.Id, "notify-controllers", new { message = "Again." }).OkAsync<NoticesSentDto>()).ShouldBe(new NoticesSentDto(0, 1));
        await QuietAsync();
        App.Smtp.To(ann.Email).Count(m => (m.Subject ?? "").Contains("breach", StringComparison.Ordinal)).ShouldBe(1);
        App.Smtp.To(manager.Email).Count(m => (m.Subject ?? "").Contains("breach", StringComparison.Ordinal)).ShouldBe(1);

        // Notifications reports each legal email's final outcome; a later report wins, an unknown id changes nothing.
        var notices = tracked.Sent.MessagesOf<BreachNoticeIssued>().ToList();
        notices.Select(n => n.Email).ShouldBe([ann.Email, bea.Email], ignoreOrder: true);
        var toBea = notices.Single(n => n.Email == bea.Email);
        var later = App.Clock.GetUtcNow().AddMinutes(5);
        await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(
            new EmailDeliveryReported(Guid.NewGuid(), later, toBea.EventId, toBea.UserId, EmailDeliveryReported.Failed, "550 mailbox unavailable"));
        await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(
            new EmailDeliveryReported(Guid.NewGuid(), later.AddMinutes(-1), toBea.EventId, toBea.UserId, EmailDeliveryReported.Sent, null));
        await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(
            new EmailDeliveryReported(Guid.NewGuid(), later, Guid.NewGuid(), null, EmailDeliveryReported.Sent, null));
        var affected = await officer.GetAsync($"{Breaches}/{breach.Id}/affected").OkAsync<AffectedPeopleDto>();
        var bea2 = affected.Items.Single(p => p.Email == bea.Email);
        bea2.Delivery.ShouldBe("failed", "the older 'sent' report arrived after the newer 'failed' one and changes nothing");
        bea2.DeliveryReason.ShouldBe("550 mailbox unavailable");
        affected.Items.Single(p => p.Email == ann.Email).NotifiedAt.ShouldNotBeNull();
        affected.Controllers.ShouldHaveSingleItem().Email.ShouldBe(manager.Email);
    }

    [Fact]
    public async Task Controllers_cannot_be_told_about_a_breach_that_names_no_room()
    {
        var officer = App.Client(await App.PrivacyOfficerUserAsync());
        var breach = await officer.RegisterBreachAsync(BreachBody(App.Clock.GetUtcNow()));

        var refused = await officer.PostBreachAsync(breach.Id, "notify-controllers", new { message = "Hello." });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.CodeAsync()).ShouldBe("breach-has-no-room");
        (await officer.PostBreachAsync(breach.Id, "notify-affected", new { message = "Nobody selected." }).OkAsync<NoticesSentDto>())
            .ShouldBe(new NoticesSentDto(0, 0));
        await QuietAsync();
        (await App.Database.CountAsync("privacy", "BreachControllerNotices")).ShouldBe(0);
    }

    /// <summary>A manager's room with a folder everyone may download from, a document in it, and two members.</summary>
    private async Task<(SignedInUser Manager, RoomDto Room, SignedInUser Ann, SignedInUser Bea, Guid Document)> RoomWithTwoReadersAsync()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var room = await manager.CreateRoomAsync("Project Heron");
        var folder = await manager.CreateFolderAsync(room.Id, "Finance");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidders", "Download", folder.Id);
        var document = await manager.UploadAsync(room.Id, folder.Id, "Accounts.txt", "The numbers.");
        var ann = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var bea = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        return (managerUser, room, ann, bea, document);
    }

    private async Task DownloadAsync(SignedInUser member, Guid roomId, Guid document)
    {
        // Fresh sign-in: the test clock may have moved past the earlier token's life.
        var client = App.Client(await App.SignInAgainAsync(member));
        var response = await client.GetAsync($"/api/deal-rooms/{roomId}/documents/{document}/content");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
