using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Messaging.Domain;
using SmartRoom.Modules.Messaging.Persistence;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>What <see cref="MessagingRetentionApi.SeedMessagingAsync"/> wrote for one room.</summary>
public sealed record SeededMessaging(Guid RoomId, Guid ConversationId, Guid MessageId, Guid QuestionId, string Subject, string Body);

/// <summary>Rows of Messaging's conversations and questions for one room, table by table.</summary>
public sealed record MessagingRows(int Conversations, int Messages, int Participants, int Attachments, int Questions, int FaqAudiences, int Reminders)
{
    public int ConversationRows => Conversations + Messages + Participants + Attachments;

    public int QuestionRows => Questions + FaqAudiences + Reminders;
}

/// <summary>
/// Messaging's stored conversations and questions, written straight through its DbContext with texts sealed by the
/// room's key (the slices that write them are built elsewhere), for rooms made and closed through DealRooms' API.
/// </summary>
public static class MessagingRetentionApi
{
    /// <summary>A room made by a manager, known to Messaging (its copy and key exist), optionally active or closed.</summary>
    public static async Task<(HttpClient Manager, Guid RoomId)> MessagingRoomAsync(this SmartRoomApp app, string name = "Project Falcon")
    {
        var manager = app.Client(await app.ManagerAsync());
        return (manager, await app.MessagingRoomAsync(manager, name));
    }

    /// <summary>Another room of the same manager, known to Messaging.</summary>
    public static async Task<Guid> MessagingRoomAsync(this SmartRoomApp app, HttpClient manager, string name)
    {
        var room = await manager.CreateRoomAsync(name);
        await app.UntilAsync(async db => await db.RoomKeys.AnyAsync(k => k.RoomId == room.Id));
        return room.Id;
    }

    /// <summary>Sets the room's status through DealRooms and waits until Messaging's copy has it.</summary>
    public static async Task SetStatusAsync(this SmartRoomApp app, HttpClient manager, Guid roomId, string status)
    {
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/status", new { status })).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await app.UntilAsync(async db => await db.Rooms.AnyAsync(r => r.Id == roomId && r.Status == status));
    }

    /// <summary>
    /// One conversation started by <paramref name="author"/> with one message (subject and text sealed), a participant's
    /// read state and an attachment reference; one question asked by <paramref name="author"/> with a draft, an approved
    /// answer, a decline reason, an FAQ audience and a reminder sent. Times from the app's clock.
    /// </summary>
    public static async Task<SeededMessaging> SeedMessagingAsync(this SmartRoomApp app, Guid roomId, Guid author,
        string subject = "Osprey price", string body = "We offer 41 million.")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        var keys = scope.ServiceProvider.GetRequiredService<RoomKeys>();
        var now = app.Clock.GetUtcNow();
        var (conversationId, messageId, questionId) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var number = (await db.Questions.Where(q => q.RoomId == roomId).MaxAsync(q => (int?)q.Number) ?? 0) + 1;
        db.Conversations.Add(new Conversation
        {
            Id = conversationId, RoomId = roomId, StartedBy = author, CreatedAt = now, LastMessageAt = now, MessageCount = 1,
            SubjectSealed = await keys.SealAsync(roomId, conversationId, SealedFields.Subject, subject, CancellationToken.None),
        });
        db.Messages.Add(new ConversationMessage
        {
            Id = messageId, ConversationId = conversationId, RoomId = roomId, SenderId = author, CreatedAt = now, BodySha256 = SealedText.Sha256(body),
            BodySealed = await keys.SealAsync(roomId, messageId, SealedFields.Body, body, CancellationToken.None),
        });
        db.ConversationParticipants.Add(new ConversationParticipant { ConversationId = conversationId, UserId = author, RoomId = roomId, AddedAt = now, LastReadAt = now });
        db.MessageAttachments.Add(new MessageAttachment { MessageId = messageId, DocumentId = Guid.CreateVersion7(), Position = 0 });
        db.Questions.Add(new Question
        {
            Id = questionId, RoomId = roomId, Number = number, AskedBy = author, Category = "Finance", Status = QuestionStatus.Approved,
            DueAt = now.AddDays(2), CreatedAt = now, UpdatedAt = now, FaqScope = FaqScope.Groups, FaqPublishedAt = now,
            TitleSealed = await keys.SealAsync(roomId, questionId, SealedFields.Title, subject, CancellationToken.None),
            BodySealed = await keys.SealAsync(roomId, questionId, SealedFields.Body, body, CancellationToken.None),
            DraftSealed = await keys.SealAsync(roomId, questionId, SealedFields.Draft, "Draft: " + body, CancellationToken.None),
            AnswerSealed = await keys.SealAsync(roomId, questionId, SealedFields.Answer, "Answer: " + body, CancellationToken.None),
            AnswerSha256 = SealedText.Sha256("Answer: " + body), DraftedAt = now, ApprovedAt = now,
        });
        db.FaqAudiences.Add(new FaqAudience { QuestionId = questionId, GroupId = Guid.CreateVersion7() });
        db.QaReminders.Add(new QaReminder { QuestionId = questionId, Kind = "due-soon", DueAt = now.AddDays(2), RoomId = roomId, SentAt = now });
        await db.SaveChangesAsync();
        return new SeededMessaging(roomId, conversationId, messageId, questionId, subject, body);
    }

    public static async Task<MessagingRows> MessagingRowsAsync(this SmartRoomApp app, Guid roomId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        return new MessagingRows(
            await db.Conversations.CountAsync(c => c.RoomId == roomId),
            await db.Messages.CountAsync(m => m.RoomId == roomId),
            await db.ConversationParticipants.CountAsync(p => p.RoomId == roomId),
            await db.MessageAttachments.CountAsync(a => db.Messages.Any(m => m.Id == a.MessageId && m.RoomId == roomId)),
            await db.Questions.CountAsync(q => q.RoomId == roomId),
            await db.FaqAudiences.CountAsync(a => db.Questions.Any(q => q.Id == a.QuestionId && q.RoomId == roomId)),
            await db.QaReminders.CountAsync(r => r.RoomId == roomId));
    }

    /// <summary>The seeded message's text, opened with the room's key: what is kept is still readable.</summary>
    public static async Task<string> OpenMessageAsync(this SmartRoomApp app, SeededMessaging seeded)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == seeded.MessageId);
        return await scope.ServiceProvider.GetRequiredService<RoomKeys>().OpenAsync(seeded.RoomId, message.Id, SealedFields.Body, message.BodySealed!, CancellationToken.None);
    }

    /// <summary>Runs the nightly retention job, then waits (through the runs endpoint) until its run has every answer.</summary>
    public static async Task<RetentionRunDto> RunRetentionAndWaitAsync(this SmartRoomApp app, HttpClient officer)
    {
        var before = (await officer.RetentionRunsAsync()).Select(r => r.Id).ToHashSet();
        await app.RunRetentionJobAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if ((await officer.RetentionRunsAsync()).SingleOrDefault(r => !before.Contains(r.Id)) is { Status: "completed" } run)
            {
                return run;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The retention run did not complete in time.");
            }

            await Task.Delay(25);
        }
    }

    private static async Task UntilAsync(this SmartRoomApp app, Func<MessagingDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                if (await condition(scope.ServiceProvider.GetRequiredService<MessagingDbContext>()))
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Messaging's copy of the room did not catch up in time.");
            }

            await Task.Delay(25);
        }
    }
}
