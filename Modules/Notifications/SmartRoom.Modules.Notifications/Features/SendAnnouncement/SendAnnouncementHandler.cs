using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Features.SendAnnouncement;

internal sealed class SendAnnouncementHandler(IDbContextOutbox<NotificationsDbContext> outbox)
    : ICommandHandler<SendAnnouncement, Result<AnnouncementQueued>>
{
    public async ValueTask<Result<AnnouncementQueued>> Handle(SendAnnouncement command, CancellationToken cancellationToken)
    {
        var audience = await MarketingAudience.Consenting(outbox.DbContext)
            .OrderBy(c => c.UserId)
            .Select(c => new { c.UserId, c.Email, c.DisplayName })
            .ToListAsync(cancellationToken);
        // The announcement's id is every notice's event id: a redelivered notice is recognised and sent once.
        var id = Guid.CreateVersion7();
        var model = new AnnouncementEmail(command.Subject, command.Body);
        foreach (var person in audience)
        {
            await outbox.PublishAsync(Notices.To(id, person.UserId, person.Email, person.DisplayName, Categories.Marketing, model));
        }

        // All notices commit together: an announcement goes out to its whole audience or to nobody.
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new AnnouncementQueued(id, audience.Count);
    }
}
