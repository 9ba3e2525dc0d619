using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Messaging.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.SendQaReminders;

internal sealed class SendQaRemindersHandler(MessagingDbContext db, IServiceScopeFactory scopes, QaReminderOptions options, TimeProvider clock)
    : ICommandHandler<SendQaReminders, Result<QaRemindersRun>>
{
    /// <summary>Candidates read per round trip.</summary>
    public const int BatchSize = 100;

    public async ValueTask<Result<QaRemindersRun>> Handle(SendQaReminders command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (dueSoonSent, dueSoonSkipped) = await RemindAsync(QaReminderKinds.DueSoon, now, cancellationToken);
        var (overdueSent, overdueSkipped) = await RemindAsync(QaReminderKinds.Overdue, now, cancellationToken);
        return new QaRemindersRun(dueSoonSent, overdueSent, dueSoonSkipped + overdueSkipped);
    }

    /// <summary>
    /// Every question owed a reminder of <paramref name="kind"/>, a batch at a time. A question reminded drops out of
    /// the next batch (its row now exists); one passed over is remembered for this run so the loop moves on.
    /// </summary>
    private async Task<(int Sent, int Skipped)> RemindAsync(string kind, DateTimeOffset now, CancellationToken ct)
    {
        var (sent, skipped) = (0, new HashSet<Guid>());
        while (true)
        {
            var batch = await Owed(kind, now).Where(q => !skipped.Contains(q.Id))
                .OrderBy(q => q.DueAt).ThenBy(q => q.Id)
                .Take(BatchSize)
                .Select(q => new Owing(q.Id, q.RoomId, q.Number, q.Category, q.DueAt, q.AssigneeId))
                .ToListAsync(ct);
            foreach (var question in batch)
            {
                if (await SendAsync(kind, question, now, ct))
                {
                    sent++;
                }
                else
                {
                    skipped.Add(question.Id);
                }
            }

            if (batch.Count < BatchSize)
            {
                return (sent, skipped.Count);
            }
        }
    }

    private IQueryable<Question> Owed(string kind, DateTimeOffset now)
    {
        var open = db.Questions.AsNoTracking()
            .Where(q => db.Rooms.Any(r => r.Id == q.RoomId && r.Status != RoomStatusNames.Closed && r.Status != RoomStatusNames.Archived))
            .Where(q => !db.QaReminders.Any(r => r.QuestionId == q.Id && r.Kind == kind && r.DueAt == q.DueAt));
        if (kind == QaReminderKinds.DueSoon)
        {
            var horizon = now.AddHours(options.HoursBefore);
            return open.Where(q => q.Status == QuestionStatus.Assigned && q.AssigneeId != null && q.DueAt > now && q.DueAt <= horizon);
        }

        return open.Where(q => (q.Status == QuestionStatus.Open || q.Status == QuestionStatus.Assigned || q.Status == QuestionStatus.Drafted) && q.DueAt <= now);
    }

    /// <summary>One reminder, one unit of work: its row and its event commit together, or neither does.</summary>
    private async Task<bool> SendAsync(string kind, Owing question, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<MessagingDbContext>>();
        var context = outbox.DbContext;
        var members = context.Members.AsNoTracking().Where(MemberCopy.ActiveAt(now)).Where(m => m.RoomId == question.RoomId);
        var recipients = kind == QaReminderKinds.DueSoon
            ? await members.Where(m => m.UserId == question.AssigneeId).ToListAsync(ct)
            : await members.Where(m => m.Role == MemberRoles.Manager).OrderBy(m => m.UserId).ToListAsync(ct);
        if (recipients.Count == 0)
        {
            // Nobody to tell (the assignee left the room): nothing is recorded, so a reminder still goes to whoever takes it over.
            return false;
        }

        var roomName = await context.Rooms.AsNoTracking().Where(r => r.Id == question.RoomId).Select(r => r.Name).SingleAsync(ct);
        context.QaReminders.Add(new QaReminder { QuestionId = question.Id, Kind = kind, DueAt = question.DueAt, RoomId = question.RoomId, SentAt = now });
        await outbox.PublishAsync(new QaReminderIssued(Guid.CreateVersion7(), now, question.RoomId, roomName, question.Id, question.Number,
            question.Category, question.DueAt, kind, [.. recipients.Select(m => m.ToRecipient())]));
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent run sent this reminder first (the key): nothing here was written or sent.
            return false;
        }
    }

    private sealed record Owing(Guid Id, Guid RoomId, int Number, string Category, DateTimeOffset DueAt, Guid? AssigneeId);
}
