using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.RequestSupportAccess;

internal sealed class RequestSupportAccessHandler(
    IDbContextOutbox<DealRoomsDbContext> outbox,
    RoomPermissions permissions,
    AuditTrail audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<RequestSupportAccess, Result<SupportAccessView>>
{
    public async ValueTask<Result<SupportAccessView>> Handle(RequestSupportAccess command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.RoomId, cancellationToken);
        // Archived rooms admit their managers only: support cannot even ask.
        if (room is null || room.Status == RoomStatus.Archived)
        {
            return RoomRefusals.NotFound;
        }

        var userId = caller.Id!.Value;
        var now = clock.GetUtcNow();
        if (await db.SupportAccessRequests.AnyAsync(r => r.RoomId == room.Id && r.RequestedBy == userId
                && (r.Status == SupportAccessStatus.Pending || (r.Status == SupportAccessStatus.Approved && r.ExpiresAt > now)), cancellationToken))
        {
            return Error.Conflict("support-request-open", "You already have a pending request or a live grant for this room.");
        }

        var request = new SupportAccessRequest
        {
            Id = Guid.CreateVersion7(),
            RoomId = room.Id,
            RequestedBy = userId,
            RequesterEmail = caller.Email!,
            RequesterName = caller.DisplayName ?? caller.Email!,
            Reason = command.Reason.Trim(),
            RequestedAt = now,
            Status = SupportAccessStatus.Pending,
        };
        db.SupportAccessRequests.Add(request);
        await audit.AppendAsync(room.Id, ActorKind.Support, AuditAction.SupportRequested, "support-access", request.Id.ToString(), new { reason = request.Reason }, cancellationToken);
        await outbox.PublishAsync(new SupportAccessRequested(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, userId, request.RequesterName,
            request.Reason, await permissions.ManagersAsync(room.Id, now, cancellationToken)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return SupportAccessView.Of(request, now);
    }
}
