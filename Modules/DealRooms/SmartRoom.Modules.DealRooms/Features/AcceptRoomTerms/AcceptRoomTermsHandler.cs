using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AcceptRoomTerms;

internal sealed class AcceptRoomTermsHandler(EnteredRoom entered, DealRoomsDbContext db, AuditTrail audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<AcceptRoomTerms, Result<TermsView>>
{
    public async ValueTask<Result<TermsView>> Handle(AcceptRoomTerms command, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        if (room.TermsHash is not { } hash)
        {
            return Error.NotFound("room's terms");
        }

        if (command.Sha256 is not null && !string.Equals(command.Sha256, hash, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Conflict("terms-changed", "The terms changed since you read them: read them again (GET …/terms) and accept the current text.");
        }

        var userId = entered.Context.Member.UserId;
        var accepted = await db.TermsAcceptances.AcceptedAtAsync(room.Id, userId, hash, cancellationToken);
        if (accepted is null)
        {
            var now = clock.GetUtcNow();
            db.TermsAcceptances.Add(new TermsAcceptance
            {
                Id = Guid.CreateVersion7(),
                RoomId = room.Id,
                UserId = userId,
                TermsVersion = room.TermsVersion,
                TermsHash = hash,
                AcceptedAt = now,
                IpAddress = caller.IpAddress,
                UserAgent = caller.UserAgentToStore(),
            });
            await audit.AppendAsync(entered.Context, AuditAction.TermsAccepted, "room", room.Id.ToString(), new { version = room.TermsVersion, sha256 = hash }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            accepted = now;
        }

        return new TermsView(room.TermsText!, room.TermsVersion, hash, room.TermsUpdatedAt!.Value, accepted);
    }
}
