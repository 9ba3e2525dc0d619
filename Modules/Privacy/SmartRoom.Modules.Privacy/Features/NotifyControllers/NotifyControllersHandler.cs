using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Views;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.NotifyControllers;

internal sealed class NotifyControllersHandler(IDbContextOutbox<PrivacyDbContext> outbox, IMessageBus bus, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<NotifyControllers, Result<NoticesSent>>
{
    public async ValueTask<Result<NoticesSent>> Handle(NotifyControllers command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (await BreachRegister.CurrentAsync(db, command.BreachId, cancellationToken) is not { } breach)
        {
            return BreachRegister.NotFound;
        }

        if (breach.ClosedAt is not null)
        {
            return BreachRegister.IsClosed;
        }

        if (breach.RoomId is not { } roomId)
        {
            return Error.Conflict("breach-has-no-room", "The breach names no client room, so it has no controllers to tell: set roomId first.");
        }

        var now = clock.GetUtcNow();
        var room = await bus.InvokeAsync<RoomAccessList>(new FindRoomAccess(roomId, now, now), cancellationToken);
        if (room.Managers.Count == 0)
        {
            return Error.Conflict("no-controllers", "The room the breach names has no managers (or no longer exists): nobody to tell.");
        }

        var told = (await db.BreachControllerNotices.Where(n => n.BreachId == breach.BreachId).Select(n => n.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var message = command.Message!.Trim();
        var notified = 0;
        foreach (var manager in room.Managers.Where(m => !told.Contains(m.UserId)))
        {
            var eventId = Guid.CreateVersion7();
            db.BreachControllerNotices.Add(new BreachControllerNotice
            {
                Id = eventId,
                BreachId = breach.BreachId,
                UserId = manager.UserId,
                Email = manager.Email,
                DisplayName = manager.DisplayName,
                NotifiedAt = now,
                NotifiedBy = caller.Id,
            });
            await outbox.PublishAsync(BreachNotices.Issue(eventId, breach, BreachNoticeIssued.Controller, manager.UserId, manager.Email, manager.DisplayName, message, now));
            notified++;
        }

        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return BreachRegister.Raced;
        }

        return new NoticesSent(notified, room.Managers.Count - notified);
    }
}
