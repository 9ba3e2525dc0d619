using SmartRoom.Modules.Notifications.IntegrationEvents;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Features.SendAnnouncement;

internal sealed class SendAnnouncementHandler(IDbContextOutbox<NotificationsDbContext> outbox)
    : ICommandHandler<SendAnnouncement, Result<AnnouncementQueued>>
{
    public async ValueTask<Result<AnnouncementQueued>> Handle(SendAnnouncement command, CancellationToken cancellationToken)
    {
        var recipients = await MarketingAudience.Consenting(outbox.DbContext).CountAsync(cancellationToken);
        // The announcement's id is every notice's event id: a redelivered notice is recognised and sent once.
        var id = Guid.CreateVersion7();
        // Batches of recipients follow, each committed with the message for the next one (resumable after a crash).
        await outbox.PublishAsync(new AnnounceToNextBatch(id, command.Subject, command.Body, After: null));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new AnnouncementQueued(id, recipients);
    }
}
