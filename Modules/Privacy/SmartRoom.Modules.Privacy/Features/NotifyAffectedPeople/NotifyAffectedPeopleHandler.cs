using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.NotifyAffectedPeople;

internal sealed class NotifyAffectedPeopleHandler(PrivacyDbContext db, IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<NotifyAffectedPeople, Result<NoticesSent>>
{
    /// <summary>People told per unit of work: a large selection commits in batches, each a checkpoint.</summary>
    private const int Batch = 200;

    public async ValueTask<Result<NoticesSent>> Handle(NotifyAffectedPeople command, CancellationToken cancellationToken)
    {
        if (await BreachRegister.CurrentAsync(db, command.BreachId, cancellationToken) is not { } breach)
        {
            return BreachRegister.NotFound;
        }

        if (breach.ClosedAt is not null)
        {
            return BreachRegister.IsClosed;
        }

        if (breach is { RoomId: not null, Role: BreachRules.Processor }
            && !await db.BreachControllerNotices.AnyAsync(n => n.BreachId == breach.BreachId, cancellationToken))
        {
            return Error.Conflict("controllers-not-notified",
                "SmartRoom is the processor of the client room concerned: notify its controllers first (notify-controllers).");
        }

        var already = await db.BreachSubjects.CountAsync(s => s.BreachId == breach.BreachId && s.NoticeEventId != null, cancellationToken);
        var message = command.Message!.Trim();
        var notified = 0;
        while (true)
        {
            int told;
            try
            {
                told = await NotifyBatchAsync(breach, message, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A concurrent call claimed some of this batch: nothing of it was written or sent; call again to go on.
                return BreachRegister.Raced;
            }

            notified += told;
            if (told < Batch)
            {
                break;
            }
        }

        return new NoticesSent(notified, already);
    }

    private async Task<int> NotifyBatchAsync(BreachEntry breach, string message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<PrivacyDbContext>>();
        var batch = await outbox.DbContext.BreachSubjects
            .Where(s => s.BreachId == breach.BreachId && s.NoticeEventId == null)
            .OrderBy(s => s.Id)
            .Take(Batch)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var subject in batch)
        {
            subject.NoticeEventId = Guid.CreateVersion7();
            subject.NotifiedAt = now;
            subject.Delivery = BreachDelivery.Queued;
            await outbox.PublishAsync(BreachNotices.Issue(
                subject.NoticeEventId.Value, breach, BreachNoticeIssued.Affected, subject.UserId, subject.Email, subject.DisplayName, message, now));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(ct);
        return batch.Count;
    }
}
