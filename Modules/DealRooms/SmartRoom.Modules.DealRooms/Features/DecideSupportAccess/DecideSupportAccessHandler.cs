using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.DecideSupportAccess;

internal sealed class DecideSupportAccessHandler(
    EnteredRoom entered,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    AuditTrail audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<DecideSupportAccess, Result<SupportAccessView>>
{
    public async ValueTask<Result<SupportAccessView>> Handle(DecideSupportAccess command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var request = await db.SupportAccessRequests.SingleOrDefaultAsync(r => r.Id == command.RequestId && r.RoomId == command.RoomId, cancellationToken);
        if (request is null)
        {
            return Error.NotFound("support access request");
        }

        var now = clock.GetUtcNow();
        var room = entered.Context.Room;
        var support = new RoomRecipient(request.RequestedBy, request.RequesterEmail, request.RequesterName);
        var manager = caller.DisplayName ?? caller.Email ?? "A manager";
        switch (command.Decision)
        {
            case SupportDecision.Approve or SupportDecision.Deny when request.Status != SupportAccessStatus.Pending:
                return Error.Conflict("support-request-decided", $"The request was already {request.Status.ToString().ToLowerInvariant()}.");
            case SupportDecision.Revoke when !request.IsGrantedAt(now):
                return Error.Conflict("support-access-not-active", "There is no live grant to revoke (it was never given, has expired or was revoked).");
            case SupportDecision.Approve:
                request.Status = SupportAccessStatus.Approved;
                request.DecidedAt = now;
                request.DecidedBy = caller.Id;
                request.ExpiresAt = now.AddHours(command.Hours!.Value);
                request.MayViewDocuments = command.MayViewDocuments;
                request.MayReadMessages = command.MayReadMessages;
                await audit.AppendAsync(entered.Context, AuditAction.SupportGranted, "support-access", request.Id.ToString(),
                    new { supportUserId = request.RequestedBy, hours = command.Hours, expiresAt = request.ExpiresAt, mayViewDocuments = command.MayViewDocuments,
                        mayReadMessages = command.MayReadMessages },
                    cancellationToken);
                await outbox.PublishAsync(new SupportAccessGranted(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, support, request.ExpiresAt.Value,
                    request.MayViewDocuments, manager, request.MayReadMessages));
                break;
            case SupportDecision.Deny:
                request.Status = SupportAccessStatus.Denied;
                request.DecidedAt = now;
                request.DecidedBy = caller.Id;
                await audit.AppendAsync(entered.Context, AuditAction.SupportDenied, "support-access", request.Id.ToString(), new { supportUserId = request.RequestedBy }, cancellationToken);
                await outbox.PublishAsync(new SupportAccessDenied(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, support, manager));
                break;
            default:
                request.Status = SupportAccessStatus.Revoked;
                request.RevokedAt = now;
                request.RevokedBy = caller.Id;
                await audit.AppendAsync(entered.Context, AuditAction.SupportRevoked, "support-access", request.Id.ToString(), new { supportUserId = request.RequestedBy }, cancellationToken);
                await outbox.PublishAsync(new SupportAccessRevoked(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, support, manager));
                break;
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return SupportAccessView.Of(request, now);
    }
}
