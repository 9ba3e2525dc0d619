using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>One room as the caller inside it may see it: what GetRoom answers, and UpdateRoom after a change.</summary>
internal sealed class RoomDetailsReader(DealRoomsDbContext db, AuditTrail audit)
{
    /// <summary>What is kept about a member, in plain words; shown in the room to everyone in it.</summary>
    public const string RecordingNotice =
        "This room keeps a tamper-evident record of what happens in it. For every action — opening the room's " +
        "content, viewing or downloading a document (and how many bytes were served), uploading, accepting the " +
        "terms, and any change to the room — it records who acted, when, from which IP address and with which " +
        "browser (user agent). The room's managers can see and export this record and reports built from it " +
        "(last access, documents viewed and downloaded). Documents viewed or downloaded may carry a watermark " +
        "with your email address, IP address and the time. Support staff enter only with a manager's time-limited " +
        "permission, and their actions are recorded and flagged.";

    public async Task<RoomDetails> ReadAsync(RoomContext caller, CancellationToken cancellationToken)
    {
        var room = caller.Room;
        RoomTermsState? terms = null;
        if (room.TermsHash is { } hash)
        {
            var acceptedAt = await db.TermsAcceptances.AcceptedAtAsync(room.Id, caller.Member.UserId, hash, cancellationToken);
            terms = new RoomTermsState(room.TermsVersion, hash, room.TermsUpdatedAt, acceptedAt is not null, acceptedAt);
        }

        await audit.RecordSupportReadAsync(caller, AuditAction.RoomRead, "room", room.Id.ToString(), cancellationToken);

        var role = caller.IsSupport ? "Support" : caller.Member.Role.ToString();
        return new RoomDetails(room.Id, room.Name, room.Description, room.Status, role, room.CreatedAt, terms, RecordingNotice,
            room.WatermarkDownloads, room.IpAllowList.Length > 0, caller.IsManager ? IpAllowList.Ranges(room.IpAllowList) : null,
            caller.SupportGrant?.ExpiresAt);
    }
}
