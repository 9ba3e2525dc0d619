namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Which conversations of a room a participant reaches: the room's managers and support staff (under a grant that lets
/// them read messages) every one; members those they take part in. Any other reads as not found.
/// </summary>
internal sealed class ConversationReach(MessagingDbContext db)
{
    public IQueryable<Conversation> Visible(RoomParticipant who, bool tracking = false)
    {
        var all = tracking ? db.Conversations : db.Conversations.AsNoTracking();
        var inRoom = all.Where(c => c.RoomId == who.RoomId);
        if (who.IsManager || who.IsSupport)
        {
            return inRoom;
        }

        var me = who.UserId;
        return inRoom.Where(c => db.ConversationParticipants.Any(p => p.ConversationId == c.Id && p.UserId == me));
    }

    public async Task<Result<Conversation>> FindAsync(RoomParticipant who, Guid conversationId, bool tracking, CancellationToken ct) =>
        await Visible(who, tracking).SingleOrDefaultAsync(c => c.Id == conversationId, ct) is { } found
            ? found
            : ConversationRules.ConversationNotFound;

    /// <summary>The members taking part in a conversation (besides the room's managers), by user id.</summary>
    public async Task<List<Guid>> ParticipantIdsAsync(Guid conversationId, CancellationToken ct) =>
        await db.ConversationParticipants.AsNoTracking().Where(p => p.ConversationId == conversationId).Select(p => p.UserId).ToListAsync(ct);

    /// <summary>
    /// Who may read a conversation now: those of <paramref name="participantIds"/> who are active members, and the room's
    /// active managers, each with the email they are reached at.
    /// </summary>
    public async Task<IReadOnlyList<MemberCopy>> ReadersAsync(Guid roomId, IReadOnlyCollection<Guid> participantIds, DateTimeOffset now, CancellationToken ct)
    {
        var ids = participantIds.Distinct().ToList();
        return await db.Members.AsNoTracking()
            .Where(m => m.RoomId == roomId).Where(MemberCopy.ActiveAt(now))
            .Where(m => m.Role == MemberRoles.Manager || ids.Contains(m.UserId))
            .OrderBy(m => m.UserId)
            .ToListAsync(ct);
    }
}
