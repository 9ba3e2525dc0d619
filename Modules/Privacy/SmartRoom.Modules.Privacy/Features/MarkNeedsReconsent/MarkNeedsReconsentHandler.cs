using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.IntegrationEvents;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.MarkNeedsReconsent;

internal sealed class MarkNeedsReconsentHandler(IDbContextOutbox<PrivacyDbContext> outbox, IOptions<ConsentOptions> options)
    : ICommandHandler<MarkNeedsReconsent, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(MarkNeedsReconsent command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var batchSize = Math.Max(1, options.Value.ReconsentBatchSize);
        var affected = ReconsentQueries.Affected(db, command.Purpose, command.CountedFrom, command.Version);
        if (command.After is { } after)
        {
            affected = affected.Where(r => r.Id.CompareTo(after) > 0);
        }

        var batch = await (
                from r in affected
                join s in db.Subjects on r.UserId equals (Guid?)s.Id into subjects
                from s in subjects.DefaultIfEmpty()
                orderby r.Id
                select new { r.Id, UserId = r.UserId!.Value, Email = s == null ? null : s.Email, DisplayName = s == null ? null : s.DisplayName })
            .Take(batchSize)
            .ToListAsync(cancellationToken);

        foreach (var person in batch)
        {
            await outbox.PublishAsync(new ConsentChanged(
                Guid.CreateVersion7(), command.PublishedAt, person.UserId, command.Purpose, command.Version, Granted: false,
                ConsentStates.NeedsReconsent, person.Email, person.DisplayName));
        }

        if (batch.Count == batchSize)
        {
            await outbox.PublishAsync(new AskForReconsent(command.Purpose, command.Version, command.CountedFrom, command.PublishedAt, batch[^1].Id));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
