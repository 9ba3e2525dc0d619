using Microsoft.Extensions.Options;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Features.AnnounceToBatch;

internal sealed class AnnounceToBatchHandler(IDbContextOutbox<NotificationsDbContext> outbox, IOptions<MarketingOptions> options)
    : ICommandHandler<AnnounceToBatch, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(AnnounceToBatch command, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.AnnouncementBatchSize);
        var audience = MarketingAudience.Consenting(outbox.DbContext);
        if (command.After is { } after)
        {
            audience = audience.Where(c => c.UserId.CompareTo(after) > 0);
        }

        var batch = await audience
            .OrderBy(c => c.UserId)
            .Take(batchSize)
            .Select(c => new { c.UserId, c.Email, c.DisplayName })
            .ToListAsync(cancellationToken);
        var model = new AnnouncementEmail(command.Subject, command.Body);
        foreach (var person in batch)
        {
            await outbox.PublishAsync(Notices.To(command.AnnouncementId, person.UserId, person.Email, person.DisplayName, Categories.Marketing, model));
        }

        if (batch.Count == batchSize)
        {
            await outbox.PublishAsync(new AnnounceToNextBatch(command.AnnouncementId, command.Subject, command.Body, batch[^1].UserId));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
