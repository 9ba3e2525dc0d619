using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Notifications.Jobs;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class RoomNotificationTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Managers_hear_who_joined_and_members_get_new_documents_they_may_see_in_their_daily_summary()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var room = await manager.CreateRoomAsync("Project Osprey");
        var open = await manager.CreateFolderAsync(room.Id, "Open");
        var closed = await manager.CreateFolderAsync(room.Id, "Closed");
        var a = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var b = await manager.CreateGroupAsync(room.Id, "Bidder B");
        await manager.GrantAsync(room.Id, a.Id, "View", folderId: open.Id);
        var alice = await App.JoinAsync(manager, room.Id, "Viewer", a.Id);
        var bob = await App.JoinAsync(manager, room.Id, "Viewer", b.Id);

        var joined = await App.Smtp.WaitForAsync(managerUser.Email, m => (m.Subject ?? "").Contains("joined the deal room", StringComparison.Ordinal));
        joined.TextBody!.ShouldContain("Project Osprey");

        await manager.UploadAsync(room.Id, open.Id, "Teaser.pdf.txt", "for A");
        await manager.UploadAsync(room.Id, closed.Id, "Secret.txt", "for nobody");
        await QuietAsync(); // both uploads' news is in, not just the first

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().Run(CancellationToken.None);
        }

        var digest = await App.Smtp.WaitForAsync(alice.Email, m => (m.Subject ?? "").Contains("daily summary", StringComparison.Ordinal));
        digest.TextBody!.ShouldContain("Teaser.pdf.txt");
        digest.TextBody!.ShouldNotContain("Secret.txt");
        await QuietAsync();
        // Bob's group sees neither document: no summary, and no document news in his feed.
        App.Smtp.To(bob.Email).ShouldNotContain(m => (m.Subject ?? "").Contains("daily summary", StringComparison.Ordinal));
        var bobFeed = await App.Client(bob).GetStringAsync("/api/notifications");
        bobFeed.ShouldNotContain("Teaser");
        (await App.Client(alice).GetStringAsync("/api/notifications")).ShouldContain("Teaser.pdf.txt");
    }

    [Fact]
    public async Task Members_who_cannot_open_a_new_document_yet_hear_that_documents_were_added_but_not_their_names()
    {
        var (manager, room) = await App.ManagerWithRoomAsync("Project Kestrel");
        var folder = await manager.CreateFolderAsync(room.Id, "Data");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "View", folder.Id);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Keep it confidential." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        (await App.Client(accepted).PostAsJsonAsync($"/api/deal-rooms/{room.Id}/terms/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pending = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);

        await manager.UploadAsync(room.Id, folder.Id, "Project Kestrel valuation.txt", "a big number");
        await QuietAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().Run(CancellationToken.None);
        }

        var named = await App.Smtp.WaitForAsync(accepted.Email, m => (m.Subject ?? "").Contains("daily summary", StringComparison.Ordinal));
        named.TextBody!.ShouldContain("Project Kestrel valuation.txt");
        var unnamed = await App.Smtp.WaitForAsync(pending.Email, m => (m.Subject ?? "").Contains("daily summary", StringComparison.Ordinal));
        await QuietAsync();
        unnamed.TextBody!.ShouldNotContain("valuation");
        unnamed.TextBody!.ShouldContain("New documents were added");
        var feed = await App.Client(pending).GetStringAsync("/api/notifications");
        feed.ShouldNotContain("valuation");
        feed.ShouldContain("Project Kestrel");
    }
}
