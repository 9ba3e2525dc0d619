using System.Net;
using System.Net.Http.Json;
using System.Text;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.IntegrationTests.Messaging;

/// <summary>Conversations between members and their room's managers, through the HTTP API.</summary>
public sealed class ConversationTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Managers_see_every_conversation_members_only_theirs_and_another_groups_member_finds_none()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var groupA = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var groupB = await manager.CreateGroupAsync(room.Id, "Bidder B");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, groupA.Id);
        var (amy, amyId) = await App.MessagingMemberAsync(manager, room.Id, groupA.Id);
        var (bob, bobId) = await App.MessagingMemberAsync(manager, room.Id, groupB.Id);

        var annsOwn = await ann.StartConversationAsync(room.Id, "Working capital", "How is the peg computed?");
        var withAmy = await ann.StartConversationAsync(room.Id, "Site visit", "Can we both come on Tuesday?", [amyId]);
        var bobsOwn = await bob.StartConversationAsync(room.Id, "Pensions", "Is the scheme funded?");

        (await manager.ConversationsAsync(room.Id)).Items.Select(c => c.Id).ShouldBe([bobsOwn.Id, withAmy.Id, annsOwn.Id]);
        (await ann.ConversationsAsync(room.Id)).Items.Select(c => c.Id).ShouldBe([withAmy.Id, annsOwn.Id], ignoreOrder: true);
        (await amy.ConversationsAsync(room.Id)).Items.Select(c => c.Id).ShouldBe([withAmy.Id]);
        var bobs = await bob.ConversationsAsync(room.Id);
        bobs.Items.Select(c => c.Id).ShouldBe([bobsOwn.Id]);
        bobs.Total.ShouldBe(1);

        // Another group's member: the conversation does not exist for them, whatever they try.
        var read = await bob.GetAsync(MessagingConversationsApi.Messages(room.Id, annsOwn.Id));
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await read.Content.ReadAsStringAsync()).ShouldNotContain("Working capital");
        (await bob.TryPostMessageAsync(room.Id, annsOwn.Id, "Let me in")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PostAsync($"{MessagingConversationsApi.Conversations(room.Id)}/{annsOwn.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await amy.GetAsync(MessagingConversationsApi.Messages(room.Id, annsOwn.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A member names only members of their own group: anyone else, or no one known, reads alike and stores nothing.
        var outOfReach = await ann.TryStartConversationAsync(room.Id, "Joint bid", "Shall we?", [bobId]);
        var unknown = await ann.TryStartConversationAsync(room.Id, "Joint bid", "Shall we?", [Guid.NewGuid()]);
        outOfReach.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outOfReach.CodeAsync()).ShouldBe("participant-not-found");
        (await unknown.CodeAsync()).ShouldBe("participant-not-found");
        (await App.Database.CountAsync("messaging", "Conversations")).ShouldBe(3);

        // Listed with names, counts and the room's managers among the participants.
        var listed = (await manager.ConversationsAsync(room.Id)).Items.Single(c => c.Id == withAmy.Id);
        listed.Subject.ShouldBe("Site visit");
        listed.MessageCount.ShouldBe(1);
        listed.Participants.Select(p => p.Id).ShouldContain(amyId);
        listed.Participants.Length.ShouldBe(3);
    }

    [Fact]
    public async Task A_manager_starts_a_conversation_with_members_they_name_and_must_name_one()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, annId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);

        var none = await manager.TryStartConversationAsync(room.Id, "Process letter", "Phase two starts Monday.");
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var started = await manager.StartConversationAsync(room.Id, "Process letter", "Phase two starts Monday.", [annId]);

        (await ann.ConversationsAsync(room.Id)).Items.Single().Id.ShouldBe(started.Id);
        (await ann.StartConversationAsync(room.Id, "Hello", "Hi")).Participants.Length.ShouldBe(2, "the member and the room's manager");
        (await ann.ConversationsAsync(room.Id)).Total.ShouldBe(2);
    }

    [Fact]
    public async Task A_removed_member_loses_access_once_the_removal_is_handled_and_an_expired_one_at_the_moment_of_expiry()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, annId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var (eve, eveId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var annsConversation = await ann.StartConversationAsync(room.Id, "Leases", "Which leases run past 2030?");
        var evesConversation = await eve.StartConversationAsync(room.Id, "Tax", "Any open audits?");

        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{annId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await QuietAsync();
        (await ann.GetAsync(MessagingConversationsApi.Conversations(room.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.GetAsync(MessagingConversationsApi.Messages(room.Id, annsConversation.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.TryPostMessageAsync(room.Id, annsConversation.Id, "Still here?")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Bearer tokens last 15 minutes: the expiry comes sooner.
        var expiry = App.Clock.GetUtcNow().AddMinutes(10);
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/members/{eveId}", new { accessExpiresAt = expiry })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();
        (await eve.MessagesAsync(room.Id, evesConversation.Id)).Items.Length.ShouldBe(1);
        App.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        (await eve.GetAsync(MessagingConversationsApi.Messages(room.Id, evesConversation.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await eve.TryPostMessageAsync(room.Id, evesConversation.Id, "Hello?")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_attachment_the_reader_may_not_see_reads_as_a_restricted_document_and_a_sender_attaches_only_what_they_see()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var shared = await manager.CreateFolderAsync(room.Id, "Finance");
        var secret = await manager.CreateFolderAsync(room.Id, "Board only");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "View", shared.Id);
        var budget = await manager.UploadAsync(room.Id, shared.Id, "Budget 2027.txt", "numbers");
        var minutes = await manager.UploadAsync(room.Id, secret.Id, "Kestrel takeover minutes.txt", "the secret plan");
        var (ann, annId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);

        var conversation = await manager.StartConversationAsync(room.Id, "Reading list", "Please read these.", [annId], [budget, minutes]);

        var asManager = await manager.MessagesAsync(room.Id, conversation.Id);
        asManager.Items.Single().Attachments.Select(a => a.Name).ShouldBe(["Budget 2027.txt", "Kestrel takeover minutes.txt"]);
        var response = await ann.GetAsync(MessagingConversationsApi.Messages(room.Id, conversation.Id));
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json);
        json.ShouldNotContain("Kestrel");
        json.ShouldNotContain(minutes.ToString(), Case.Insensitive);
        var attachments = (await response.Content.ReadFromJsonAsync<MessagePageDto>())!.Items.Single().Attachments;
        attachments[0].ShouldBe(new AttachmentDto(budget, "Budget 2027.txt", attachments[0].Index, false));
        attachments[0].Index.ShouldNotBeNullOrEmpty();
        attachments[1].ShouldBe(new AttachmentDto(null, "Restricted document", null, true));

        // The member may not attach what they cannot see: refused as not found, nothing stored.
        var refused = await ann.TryPostMessageAsync(room.Id, conversation.Id, "See the minutes", [minutes]);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.CodeAsync()).ShouldBe("document-not-found");
        (await ann.TryPostMessageAsync(room.Id, conversation.Id, "See this", [Guid.NewGuid()])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.TryStartConversationAsync(room.Id, "Minutes", "Attached", documentIds: [minutes])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.Database.CountAsync("messaging", "Messages")).ShouldBe(1);
        (await App.Database.CountAsync("messaging", "Conversations")).ShouldBe(1);
        (await ann.PostMessageAsync(room.Id, conversation.Id, "Read the budget", [budget])).Attachments.Single().DocumentId.ShouldBe(budget);
    }

    [Fact]
    public async Task Malformed_oversized_or_blank_input_is_refused_and_stores_nothing_and_angle_brackets_come_back_verbatim()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var url = MessagingConversationsApi.Conversations(room.Id);

        var refusals = new[]
        {
            await ann.TryStartConversationAsync(room.Id, new string('s', 201), "Body"),
            await ann.TryStartConversationAsync(room.Id, "Subject", new string('b', 10_001)),
            await ann.TryStartConversationAsync(room.Id, "   ", "Body"),
            await ann.TryStartConversationAsync(room.Id, "Subject", " \n "),
            await ann.TryStartConversationAsync(room.Id, "Subject", "Body", [.. Enumerable.Range(0, 21).Select(_ => Guid.NewGuid())]),
            await ann.TryStartConversationAsync(room.Id, "Subject", "Body", documentIds: [.. Enumerable.Range(0, 11).Select(_ => Guid.NewGuid())]),
            await ann.PostAsync(url, new StringContent("{\"subject\": \"x\", \"body\": ", Encoding.UTF8, "application/json")),
            await ann.PostAsync(url, new StringContent("{\"subject\": 12, \"body\": [1]}", Encoding.UTF8, "application/json")),
            await ann.PostAsJsonAsync(url, new { }),
            await ann.GetAsync(url + "?pageSize=0"),
            await ann.GetAsync(url + "?page=abc"),
        };
        foreach (var refusal in refusals)
        {
            refusal.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refusal.Content.ReadAsStringAsync());
            refusal.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }

        await QuietAsync();
        (await App.Database.CountAsync("messaging", "Conversations")).ShouldBe(0);
        (await App.Database.CountAsync("messaging", "Messages")).ShouldBe(0);

        var html = "<script>alert('x')</script> & <b>bold</b>";
        var started = await ann.StartConversationAsync(room.Id, new string('s', 200), html);
        (await ann.MessagesAsync(room.Id, started.Id)).Items.Single().Body.ShouldBe(html);
        var messages = MessagingConversationsApi.Messages(room.Id, started.Id);
        (await ann.TryPostMessageAsync(room.Id, started.Id, new string('b', 10_001))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.TryPostMessageAsync(room.Id, started.Id, "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.GetAsync(messages + "?limit=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.GetAsync(messages + "?limit=201")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.GetAsync(messages + "?before=not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.GetAsync(messages + $"?before={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.Database.CountAsync("messaging", "Messages")).ShouldBe(1);
    }

    [Fact]
    public async Task Subjects_and_bodies_are_not_readable_in_the_database()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var subject = "Subject " + Guid.NewGuid().ToString("N");
        var body = "Body " + Guid.NewGuid().ToString("N");
        var reply = "Reply " + Guid.NewGuid().ToString("N");
        var edited = "Edited " + Guid.NewGuid().ToString("N");

        var conversation = await ann.StartConversationAsync(room.Id, subject, body);
        var replied = await manager.PostMessageAsync(room.Id, conversation.Id, reply);
        (await manager.EditMessageAsync(room.Id, conversation.Id, replied.Id, edited)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ann.MessagesAsync(room.Id, conversation.Id)).Items.Select(m => m.Body).ShouldBe([body, edited]);
        await QuietAsync();

        var dump = await App.Database.DumpAsync();
        dump.ShouldContain(conversation.Id.ToString(), Case.Insensitive, "the scan reads Messaging's tables");
        var files = new StringBuilder();
        if (App.Database.Provider == "Sqlite")
        {
            foreach (var file in Directory.GetFiles(App.Database.DataDirectory, "smartroom.db*"))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                files.Append(Encoding.UTF8.GetString(copy.ToArray())).Append(Encoding.Unicode.GetString(copy.ToArray()));
            }

            files.ToString().ShouldContain(conversation.Id.ToString("D").ToUpperInvariant()[..8], Case.Insensitive, "the scan reads the database's files");
        }

        foreach (var text in new[] { subject, body, reply, edited })
        {
            dump.ShouldNotContain(text, Case.Insensitive);
            dump.ShouldNotContain(Convert.ToHexString(Encoding.UTF8.GetBytes(text)), Case.Insensitive);
            files.ToString().ShouldNotContain(text, Case.Insensitive);
        }
    }

    [Fact]
    public async Task Only_the_sender_edits_and_only_within_fifteen_minutes()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var annUser = await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        await QuietAsync();
        var ann = App.Client(annUser);
        var conversation = await ann.StartConversationAsync(room.Id, "Capex", "What was capex in 2025?");
        var first = (await ann.MessagesAsync(room.Id, conversation.Id)).Items.Single();

        var notYours = await manager.EditMessageAsync(room.Id, conversation.Id, first.Id, "Rewritten by someone else");
        notYours.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await notYours.CodeAsync()).ShouldBe("not-your-message");

        App.Clock.Advance(TimeSpan.FromMinutes(14));
        var edited = await ann.EditMessageAsync(room.Id, conversation.Id, first.Id, "What was capex in 2024 and 2025?");
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var shown = (await ann.MessagesAsync(room.Id, conversation.Id)).Items.Single();
        shown.Body.ShouldBe("What was capex in 2024 and 2025?");
        shown.EditedAt.ShouldNotBeNull();

        // A fresh sign-in: bearer tokens last 15 minutes too.
        ann = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(annUser.Email)).AccessToken);
        App.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var late = await ann.EditMessageAsync(room.Id, conversation.Id, first.Id, "Too late");
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.CodeAsync()).ShouldBe("edit-window-closed");
        (await ann.MessagesAsync(room.Id, conversation.Id)).Items.Single().Body.ShouldBe("What was capex in 2024 and 2025?");
        (await ann.EditMessageAsync(room.Id, conversation.Id, Guid.NewGuid(), "Nothing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_deleted_message_stays_shown_as_deleted_without_its_text_and_only_its_sender_or_a_manager_deletes()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var folder = await manager.CreateFolderAsync(room.Id, "Finance");
        var document = await manager.UploadAsync(room.Id, folder.Id, "Budget.txt", "numbers");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var (amy, amyId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var conversation = await ann.StartConversationAsync(room.Id, "Debt", "Which facilities are drawn?", [amyId]);
        var amys = await amy.PostMessageAsync(room.Id, conversation.Id, "Also the revolver, please.");
        var managers = await manager.PostMessageAsync(room.Id, conversation.Id, "See the budget.", [document]);

        var refused = await ann.DeleteMessageAsync(room.Id, conversation.Id, amys.Id);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.CodeAsync()).ShouldBe("not-your-message");
        (await amy.DeleteMessageAsync(room.Id, conversation.Id, amys.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await manager.DeleteMessageAsync(room.Id, conversation.Id, managers.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var page = await ann.MessagesAsync(room.Id, conversation.Id);
        page.Items.Select(m => (m.Body, m.Deleted)).ShouldBe([("Which facilities are drawn?", false), (null, true), (null, true)]);
        page.Items[2].Attachments.ShouldBeEmpty();
        page.Items[1].Sender.Id.ShouldBe(amyId);
        (await amy.EditMessageAsync(room.Id, conversation.Id, amys.Id, "Back again")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await App.Database.CountAsync("messaging", "MessageAttachments")).ShouldBe(0);
    }

    [Fact]
    public async Task Unread_counts_follow_each_participants_read_state()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, annId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);

        var conversation = await manager.StartConversationAsync(room.Id, "Q2 numbers", "They are in the room.", [annId]);
        (await manager.ConversationsAsync(room.Id)).Items.Single().UnreadCount.ShouldBe(0, "what one writes is read");
        (await ann.ConversationsAsync(room.Id)).Items.Single().UnreadCount.ShouldBe(1);

        await ann.PostMessageAsync(room.Id, conversation.Id, "Thanks.");
        await ann.PostMessageAsync(room.Id, conversation.Id, "And Q3?");
        (await manager.ConversationsAsync(room.Id)).Items.Single().UnreadCount.ShouldBe(2);
        (await ann.ConversationsAsync(room.Id)).Items.Single().UnreadCount.ShouldBe(1);

        await manager.MarkReadAsync(room.Id, conversation.Id);
        (await manager.ConversationsAsync(room.Id)).Items.Single().UnreadCount.ShouldBe(0);
        await ann.MarkReadAsync(room.Id, conversation.Id);
        (await ann.ConversationsAsync(room.Id)).Items.Single().UnreadCount.ShouldBe(0);

        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await manager.PostMessageAsync(room.Id, conversation.Id, "Next week.");
        var listed = (await ann.ConversationsAsync(room.Id)).Items.Single();
        listed.UnreadCount.ShouldBe(1);
        listed.MessageCount.ShouldBe(4);
    }

    [Fact]
    public async Task The_latest_page_comes_first_oldest_message_first_and_pages_back_with_before()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var conversation = await ann.StartConversationAsync(room.Id, "Many", "Message 1");
        for (var i = 2; i <= 5; i++)
        {
            await (i % 2 == 0 ? manager : ann).PostMessageAsync(room.Id, conversation.Id, $"Message {i}");
        }

        var latest = await ann.MessagesAsync(room.Id, conversation.Id, "?limit=2");
        latest.Items.Select(m => m.Body).ShouldBe(["Message 4", "Message 5"]);
        latest.Total.ShouldBe(5);
        var earlier = await ann.MessagesAsync(room.Id, conversation.Id, $"?limit=2&before={latest.Before}");
        earlier.Items.Select(m => m.Body).ShouldBe(["Message 2", "Message 3"]);
        var first = await ann.MessagesAsync(room.Id, conversation.Id, $"?limit=2&before={earlier.Before}");
        first.Items.Select(m => m.Body).ShouldBe(["Message 1"]);
        first.Before.ShouldBeNull();
    }

    [Fact]
    public async Task Support_staff_read_only_when_the_manager_allowed_it_never_write_and_their_reads_are_announced()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var conversation = await ann.StartConversationAsync(room.Id, "Login trouble", "The viewer does not load.");

        var withoutMessages = await App.SupportGrantedAsync(room.Id, mayReadMessages: false);
        (await withoutMessages.GetAsync(MessagingConversationsApi.Conversations(room.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await withoutMessages.GetAsync(MessagingConversationsApi.Messages(room.Id, conversation.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var support = await App.SupportGrantedAsync(room.Id, mayReadMessages: true);
        (await support.ConversationsAsync(room.Id)).Items.Single().Id.ShouldBe(conversation.Id);
        var tracked = await App.TrackAsync(async () =>
            (await support.MessagesAsync(room.Id, conversation.Id)).Items.Single().Body.ShouldBe("The viewer does not load."));
        var read = tracked.Seen<MessagingActivityRecorded>().ShouldHaveSingleItem();
        (read.Action, read.ActorKind, read.TargetId).ShouldBe((MessagingAuditActions.ConversationRead, MessagingActorKinds.Support, conversation.Id.ToString()));

        (await support.TryPostMessageAsync(room.Id, conversation.Id, "Hello from support")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.TryStartConversationAsync(room.Id, "Support", "Hello")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await support.PostAsync($"{MessagingConversationsApi.Conversations(room.Id)}/{conversation.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.Database.CountAsync("messaging", "Messages")).ShouldBe(1);
    }

    [Fact]
    public async Task A_closed_room_is_read_only()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var conversation = await ann.StartConversationAsync(room.Id, "Closing", "When does the room close?");
        var first = (await ann.MessagesAsync(room.Id, conversation.Id)).Items.Single();

        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Active" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Closed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();

        foreach (var refused in new[]
                 {
                     await ann.TryPostMessageAsync(room.Id, conversation.Id, "Anyone?"),
                     await manager.TryPostMessageAsync(room.Id, conversation.Id, "Closed now."),
                     await ann.TryStartConversationAsync(room.Id, "New", "Thread"),
                     await ann.EditMessageAsync(room.Id, conversation.Id, first.Id, "Edited"),
                     await ann.DeleteMessageAsync(room.Id, conversation.Id, first.Id),
                 })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await refused.CodeAsync()).ShouldBe("room-read-only");
        }

        (await ann.MessagesAsync(room.Id, conversation.Id)).Items.Single().Body.ShouldBe("When does the room close?");
        (await manager.ConversationsAsync(room.Id)).Items.Single().MessageCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_posted_message_is_announced_to_everyone_else_who_may_read_it_now_and_every_action_for_the_audit_trail()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var room = await manager.CreateRoomAsync("Project Osprey");
        var managerId = await App.IdAsync(managerUser);
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, annId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var (_, amyId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var (_, outsiderId) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var (_, coManagerId) = await App.MessagingMemberAsync(manager, room.Id, null, role: "Manager");

        ConversationDto? conversation = null;
        var started = await App.TrackAsync(async () => conversation = await ann.StartConversationAsync(room.Id, "Earn-out", "How is it measured?", [amyId]));
        var opening = started.Seen<ConversationMessagePosted>().ShouldHaveSingleItem();
        opening.StartedConversation.ShouldBeTrue();
        opening.RoomName.ShouldBe("Project Osprey");
        opening.Recipients.Select(r => r.UserId).ShouldBe([managerId, amyId, coManagerId], ignoreOrder: true);
        opening.Recipients.ShouldNotContain(r => r.UserId == annId || r.UserId == outsiderId);
        started.Seen<MessagingActivityRecorded>().Select(a => a.Action)
            .ShouldBe([MessagingAuditActions.ConversationStarted, MessagingAuditActions.MessagePosted], ignoreOrder: true);

        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{amyId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await QuietAsync();
        MessageDto? reply = null;
        var replied = await App.TrackAsync(async () => reply = await manager.PostMessageAsync(room.Id, conversation!.Id, "By EBITDA."));
        var notice = replied.Seen<ConversationMessagePosted>().ShouldHaveSingleItem();
        notice.StartedConversation.ShouldBeFalse();
        notice.MessageId.ShouldBe(reply!.Id);
        notice.Recipients.Select(r => r.UserId).ShouldBe([annId, coManagerId], ignoreOrder: true);
        var posted = replied.Seen<MessagingActivityRecorded>().ShouldHaveSingleItem();
        (posted.Action, posted.ActorKind, posted.ActorId).ShouldBe((MessagingAuditActions.MessagePosted, MessagingActorKinds.Manager, managerId));
        posted.Details["sha256"].ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("By EBITDA."))));
        posted.Details.Values.ShouldNotContain("By EBITDA.");

        var edited = await App.TrackAsync(async () =>
            (await manager.EditMessageAsync(room.Id, conversation!.Id, reply.Id, "By adjusted EBITDA.")).StatusCode.ShouldBe(HttpStatusCode.OK));
        edited.Seen<MessagingActivityRecorded>().ShouldHaveSingleItem().Action.ShouldBe(MessagingAuditActions.MessageEdited);
        var deleted = await App.TrackAsync(async () =>
            (await manager.DeleteMessageAsync(room.Id, conversation!.Id, reply.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent));
        deleted.Seen<MessagingActivityRecorded>().ShouldHaveSingleItem().Action.ShouldBe(MessagingAuditActions.MessageDeleted);
        var read = await App.TrackAsync(() => ann.MarkReadAsync(room.Id, conversation!.Id));
        read.Seen<MessagingActivityRecorded>().ShouldHaveSingleItem().Action.ShouldBe(MessagingAuditActions.ConversationRead);
    }

    [Fact]
    public async Task Messages_posted_at_once_are_numbered_without_gaps_or_twins_and_a_collision_is_a_conflict_never_an_error()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var (ann, _) = await App.MessagingMemberAsync(manager, room.Id, group.Id);
        var conversation = await ann.StartConversationAsync(room.Id, "Rush", "Message 0");

        var answers = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => (i % 2 == 0 ? manager : ann).TryPostMessageAsync(room.Id, conversation.Id, $"Message {i}")));
        foreach (var answer in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Conflict, await answer.Content.ReadAsStringAsync());
            (await answer.CodeAsync()).ShouldBe("conversation-busy");
        }

        var page = await ann.MessagesAsync(room.Id, conversation.Id, "?limit=200");
        var posted = answers.Count(a => a.StatusCode == HttpStatusCode.Created);
        page.Items.Select(m => m.Number).ShouldBe(Enumerable.Range(1, posted + 1));
        page.Total.ShouldBe(posted + 1);
        (await ann.ConversationsAsync(room.Id)).Items.Single().MessageCount.ShouldBe(posted + 1);
    }
}
