using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.SendPolicyNotices;

internal sealed partial class SendPolicyNoticesHandler(
    IServiceScopeFactory scopes,
    IOptions<PolicyNoticeOptions> options,
    SmartRoomOptions platform,
    NoticeBatchFaults faults,
    TimeProvider clock,
    ILogger<SendPolicyNoticesHandler> logger) : ICommandHandler<SendPolicyNotices, Result<SentPolicyNotices>>
{
    public async ValueTask<Result<SentPolicyNotices>> Handle(SendPolicyNotices command, CancellationToken cancellationToken)
    {
        var (runs, batches, dispatched) = (0, 0, 0);
        var size = Math.Max(1, command.BatchSize ?? options.Value.BatchSize);
        foreach (var runId in await DueRunsAsync(cancellationToken))
        {
            runs++;
            await ChooseRecipientsAsync(runId, cancellationToken);
            while (command.MaxBatches is not { } max || batches < max)
            {
                var handedOver = await HandOverBatchAsync(runId, size, batches + 1, cancellationToken);
                if (handedOver is null)
                {
                    break;
                }

                batches++;
                dispatched += handedOver.Value;
            }
        }

        return new SentPolicyNotices(runs, batches, dispatched);
    }

    private async Task<List<Guid>> DueRunsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
        var open = await db.PolicyNoticeRuns.AsNoTracking()
            .Where(r => r.Status != PolicyNoticeRunStatus.Completed)
            .Select(r => new { r.Id, r.NotifyFrom, r.CreatedAt })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return open.Where(r => r.NotifyFrom <= now).OrderBy(r => r.CreatedAt).Select(r => r.Id).ToList();
    }

    /// <summary>Once per run: its recipients in one statement, and the run moves to sending, in one transaction.</summary>
    private async Task ChooseRecipientsAsync(Guid runId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
        var run = await db.PolicyNoticeRuns.SingleAsync(r => r.Id == runId, ct);
        if (run.Status != PolicyNoticeRunStatus.Scheduled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await NoticeRecipients.ChooseAsync(db, run.Id, now, ct);
        run.Recipients = await db.PolicyNotices.CountAsync(n => n.RunId == run.Id, ct);
        run.Status = PolicyNoticeRunStatus.Sending;
        run.StartedAt = now;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        LogChosen(run.Version, run.Recipients);
    }

    /// <summary>One batch after the checkpoint, as one commit; null when the run had nothing left (it is then completed).</summary>
    private async Task<int?> HandOverBatchAsync(Guid runId, int size, int batchOfThisCall, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<PrivacyDbContext>>();
        var db = outbox.DbContext;
        var run = await db.PolicyNoticeRuns.SingleAsync(r => r.Id == runId, ct);
        if (run.Status != PolicyNoticeRunStatus.Sending)
        {
            return null;
        }

        var batch = await db.PolicyNotices
            .Where(n => n.RunId == run.Id && n.Id > run.Checkpoint)
            .OrderBy(n => n.Id)
            .Take(size)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var link = platform.PublicBaseUrl.TrimEnd('/') + options.Value.PolicyPath;
        foreach (var notice in batch)
        {
            notice.EventId = Guid.CreateVersion7();
            notice.Status = PolicyNoticeStatus.Dispatched;
            notice.DispatchedAt = now;
            await outbox.PublishAsync(new PolicyChangeNoticeIssued(
                notice.EventId.Value, now, notice.UserId, notice.Email, notice.DisplayName, run.Version, run.EffectiveAt, run.Summary, link));
        }

        if (batch.Count > 0)
        {
            run.Checkpoint = batch[^1].Id;
            run.Dispatched += batch.Count;
            run.Batches++;
        }

        if (batch.Count < size)
        {
            run.Status = PolicyNoticeRunStatus.Completed;
            run.CompletedAt = now;
        }

        faults.BeforeCommit(batchOfThisCall);
        // Notices, their events and the checkpoint commit together; a concurrent runner of the same batch fails on
        // the checkpoint (a concurrency token) and rolls back whole.
        await outbox.SaveChangesAndFlushMessagesAsync(ct);
        LogBatch(run.Version, run.Batches, run.Dispatched, run.Recipients);
        return batch.Count == 0 ? null : batch.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy version {Version}: {Recipients} recipients chosen for its change notice")]
    private partial void LogChosen(int version, int recipients);

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy version {Version}: batch {Batch} handed over, {Dispatched} of {Recipients} notices")]
    private partial void LogBatch(int version, int batch, int dispatched, int recipients);
}
