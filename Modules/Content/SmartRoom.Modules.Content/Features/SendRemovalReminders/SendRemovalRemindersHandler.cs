using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.SendRemovalReminders;

internal sealed class SendRemovalRemindersHandler(
    ContentDbContext db, IServiceScopeFactory scopes, RemovalRequestOptions options, TimeProvider clock)
    : ICommandHandler<SendRemovalReminders, Result<RemovalRemindersRun>>
{
    /// <summary>Requests read per round trip.</summary>
    public const int BatchSize = 100;

    public async ValueTask<Result<RemovalRemindersRun>> Handle(SendRemovalReminders command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (dueSoonSent, dueSoonSkipped) = await RemindAsync(RemovalReminderKinds.DueSoon, now, cancellationToken);
        var (overdueSent, overdueSkipped) = await RemindAsync(RemovalReminderKinds.Overdue, now, cancellationToken);
        return new RemovalRemindersRun(dueSoonSent, overdueSent, dueSoonSkipped + overdueSkipped);
    }

    /// <summary>Every request owed a reminder of <paramref name="kind"/>, a batch at a time; one reminded drops out of the next batch.</summary>
    private async Task<(int Sent, int Skipped)> RemindAsync(string kind, DateTimeOffset now, CancellationToken ct)
    {
        var (sent, skipped) = (0, new HashSet<Guid>());
        while (true)
        {
            var batch = await Owed(kind, now).Where(r => !skipped.Contains(r.Id))
                .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
                .Take(BatchSize)
                .Select(r => new Owing(r.Id, r.Url, r.DueAt))
                .ToListAsync(ct);
            foreach (var request in batch)
            {
                if (await SendAsync(kind, request, now, ct))
                {
                    sent++;
                }
                else
                {
                    skipped.Add(request.Id);
                }
            }

            if (batch.Count < BatchSize)
            {
                return (sent, skipped.Count);
            }
        }
    }

    private IQueryable<RemovalRequest> Owed(string kind, DateTimeOffset now)
    {
        var open = db.RemovalRequests.AsNoTracking()
            .Where(r => r.DecidedAt == null)
            .Where(r => !db.RemovalReminders.Any(m => m.RequestId == r.Id && m.Kind == kind));
        if (kind == RemovalReminderKinds.DueSoon)
        {
            var horizon = now.AddDays(options.RemindDaysBefore);
            return open.Where(r => r.DueAt > now && r.DueAt <= horizon);
        }

        return open.Where(r => r.DueAt <= now);
    }

    /// <summary>One reminder, one unit of work: its row and its event commit together, or neither does.</summary>
    private async Task<bool> SendAsync(string kind, Owing request, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<ContentDbContext>>();
        var team = await scope.ServiceProvider.GetRequiredService<ModerationTeam>().RecipientsAsync(outbox.DbContext, ct);
        if (team.Count == 0)
        {
            // Nobody to tell: nothing is recorded, so the reminder goes out once someone is on the team.
            return false;
        }

        outbox.DbContext.RemovalReminders.Add(new RemovalReminder { RequestId = request.Id, Kind = kind, SentAt = now });
        await outbox.PublishAsync(new RemovalRequestReminderIssued(Guid.CreateVersion7(), now, request.Id, request.Url, request.DueAt,
            kind == RemovalReminderKinds.Overdue, team));
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

    private sealed record Owing(Guid Id, string Url, DateTimeOffset DueAt);
}
