using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Messaging;

/// <summary>
/// Conversations and questions are kept while their room exists and 365 days after it is closed; then the nightly
/// retention run sweeps them, except where a legal hold on the room, or on a person who wrote in it, keeps them.
/// </summary>
public sealed class MessagingRetentionTests(SmartRoomApp app) : AppTest(app)
{
    private const string Conversations = "messaging.conversations";
    private const string Questions = "messaging.questions";

    [Fact]
    public async Task A_room_closed_over_a_year_ago_loses_its_conversations_and_questions_while_open_and_recently_closed_rooms_keep_theirs()
    {
        var author = Guid.CreateVersion7();
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var old = await App.MessagingRoomAsync(manager, "Project Old");
        var open = await App.MessagingRoomAsync(manager, "Project Open");
        var recent = await App.MessagingRoomAsync(manager, "Project Recent");
        var seeded = new List<SeededMessaging>();
        foreach (var room in new[] { old, open, recent })
        {
            seeded.Add(await App.SeedMessagingAsync(room, author));
            await App.SetStatusAsync(manager, room, "Active");
        }

        await App.SetStatusAsync(manager, old, "Closed");
        App.Clock.Advance(TimeSpan.FromDays(200));
        manager = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(managerUser.Email, managerUser.Password)).AccessToken);
        await App.SetStatusAsync(manager, recent, "Closed");
        App.Clock.Advance(TimeSpan.FromDays(166)); // the first room closed 366 days ago, the last one 166
        var officer = await App.AdminAsync();

        var run = await App.RunRetentionAndWaitAsync(officer);

        (await App.MessagingRowsAsync(old)).ShouldBe(new MessagingRows(0, 0, 0, 0, 0, 0, 0));
        var full = new MessagingRows(1, 1, 1, 1, 1, 1, 1);
        (await App.MessagingRowsAsync(open)).ShouldBe(full);
        (await App.MessagingRowsAsync(recent)).ShouldBe(full);
        (await App.OpenMessageAsync(seeded[2])).ShouldBe(seeded[2].Body, "what is kept still opens with the room's key");
        run[Conversations].ShouldBe(run[Conversations] with { Status = "completed", Module = "Messaging", Purged = full.ConversationRows, Held = 0 });
        run[Questions].ShouldBe(run[Questions] with { Status = "completed", Module = "Messaging", Purged = full.QuestionRows, Held = 0 });

        var again = await App.RunRetentionAndWaitAsync(officer);
        again[Conversations].Purged.ShouldBe(0, "a second sweep finds nothing more to remove");
        again[Questions].Purged.ShouldBe(0);
    }

    [Fact]
    public async Task A_room_under_a_hold_and_a_room_a_held_person_wrote_in_are_kept_and_counted_as_held()
    {
        var (heldPerson, someone) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (manager, heldRoom) = await App.MessagingRoomAsync("Project Held");
        var wroteIn = await App.MessagingRoomAsync(manager, "Project Witness");
        var swept = await App.MessagingRoomAsync(manager, "Project Gone");
        await App.SeedMessagingAsync(heldRoom, someone);
        await App.SeedMessagingAsync(wroteIn, someone);
        await App.SeedMessagingAsync(wroteIn, heldPerson); // a second conversation and question, by the person under hold
        await App.SeedMessagingAsync(swept, someone);
        foreach (var room in new[] { heldRoom, wroteIn, swept })
        {
            await App.SetStatusAsync(manager, room, "Active");
            await App.SetStatusAsync(manager, room, "Closed");
        }

        var officer = await App.AdminAsync();
        await officer.HoldAsync("room", heldRoom);
        await officer.HoldAsync("user", heldPerson);
        App.Clock.Advance(TimeSpan.FromDays(366));
        officer = await App.AdminAsync();

        var run = await App.RunRetentionAndWaitAsync(officer);

        var one = new MessagingRows(1, 1, 1, 1, 1, 1, 1);
        (await App.MessagingRowsAsync(heldRoom)).ShouldBe(one);
        (await App.MessagingRowsAsync(wroteIn)).ShouldBe(new MessagingRows(2, 2, 2, 2, 2, 2, 2), "everything of the room is kept, not only what the held person wrote");
        (await App.MessagingRowsAsync(swept)).ShouldBe(new MessagingRows(0, 0, 0, 0, 0, 0, 0));
        run[Conversations].ShouldBe(run[Conversations] with { Status = "completed", Purged = one.ConversationRows, Held = 3 * one.ConversationRows });
        run[Questions].ShouldBe(run[Questions] with { Status = "completed", Purged = one.QuestionRows, Held = 3 * one.QuestionRows });
    }

    [Fact]
    public void Both_categories_are_declared_with_a_year_after_the_room_is_closed()
    {
        var declared = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetServices<SmartRoom.Modules.Privacy.Contracts.DataCategory>(App.Services)
            .Where(c => c.Module == "Messaging").ToDictionary(c => c.Key);

        foreach (var key in new[] { Conversations, Questions })
        {
            declared[key].Retention.ShouldBe(new SmartRoom.Modules.Privacy.Contracts.RetentionRule(365, "after the room is closed"));
        }
    }
}
