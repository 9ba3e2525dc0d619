using System.Text;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.SetRoomTerms;

internal sealed class SetRoomTermsHandler(EnteredRoom entered, DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<SetRoomTerms, Result<TermsView>>
{
    public async ValueTask<Result<TermsView>> Handle(SetRoomTerms command, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        var text = command.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hash = RoomTerms.HashOf(text);
        if (hash != room.TermsHash)
        {
            room.TermsText = text;
            room.TermsHash = hash;
            room.TermsVersion++;
            room.TermsUpdatedAt = clock.GetUtcNow();
            await audit.AppendAsync(entered.Context, AuditAction.TermsSet, "room", room.Id.ToString(), new { version = room.TermsVersion, sha256 = hash }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new TermsView(room.TermsText!, room.TermsVersion, hash, room.TermsUpdatedAt!.Value, null);
    }
}
