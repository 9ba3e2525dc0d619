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
        await WaitUntilAsync(async () => await App.Database.CountAsync("notifications", "DigestItems") >= 1);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().Run(CancellationToken.None);
        }

        var digest = await App.Smtp.WaitForAsync(alice.Email, m => (m.Subject ?? "").Contains("daily summary", StringComparison.Ordinal));
        digest.TextBody!.ShouldContain("Teaser.pdf.txt");
        digest.TextBody!.ShouldNotContain("Secret.txt");
        // Bob's group sees neither document: no summary, and no document news in his feed.
        App.Smtp.To(bob.Email).ShouldNotContain(m => (m.Subject ?? "").Contains("daily summary", StringComparison.Ordinal));
        var bobFeed = await App.Client(bob).GetStringAsync("/api/notifications");
        bobFeed.ShouldNotContain("Teaser");
        (await App.Client(alice).GetStringAsync("/api/notifications")).ShouldContain("Teaser.pdf.txt");
    }
}
