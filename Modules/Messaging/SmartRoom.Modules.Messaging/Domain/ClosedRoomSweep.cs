using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Retention of rooms' conversations and questions: both are kept while the room exists and for a period after it is
/// closed. A room is swept when it was closed before the cut-off and is still closed (<see cref="RoomCopy.ClosedAt"/>
/// is cleared when it reopens), unless a room hold names it or a person under a person hold wrote in it (started a
/// conversation, posted a message, asked, drafted or approved). Every statement is set-based: one DELETE per table,
/// the rooms chosen by a subquery, never rows loaded; held rows are counted with one COUNT per table.
/// </summary>
internal sealed class ClosedRoomSweep
{
    private readonly MessagingDbContext _db;
    private readonly IQueryable<Guid> _swept;
    private readonly IQueryable<Guid> _held;
    private readonly bool _anyHolds;

    public ClosedRoomSweep(MessagingDbContext db, DateTimeOffset olderThan, SweepHolds holds)
    {
        _db = db;
        var heldRooms = holds.RoomIds.ToList();
        var heldPeople = holds.UserIds.ToList();
        _anyHolds = heldRooms.Count > 0 || heldPeople.Count > 0;
        var expired = db.Rooms.Where(r => r.ClosedAt != null && r.ClosedAt < olderThan).Select(r => r.Id);
        _held = expired.Where(room => heldRooms.Contains(room)
            || db.Conversations.Any(c => c.RoomId == room && heldPeople.Contains(c.StartedBy))
            || db.Messages.Any(m => m.RoomId == room && heldPeople.Contains(m.SenderId))
            || db.Questions.Any(q => q.RoomId == room && (heldPeople.Contains(q.AskedBy)
                || (q.DraftedBy != null && heldPeople.Contains(q.DraftedBy.Value))
                || (q.ApprovedBy != null && heldPeople.Contains(q.ApprovedBy.Value)))));
        _swept = _anyHolds ? expired.Where(room => !_held.Contains(room)) : expired;
    }

    /// <summary>Conversations, their messages, attachment references and read state. Counts are rows.</summary>
    public async Task<(long Purged, long Held)> ConversationsAsync(CancellationToken ct)
    {
        var held = !_anyHolds ? 0L : await _db.Conversations.LongCountAsync(c => _held.Contains(c.RoomId), ct)
            + await _db.Messages.LongCountAsync(m => _held.Contains(m.RoomId), ct)
            + await _db.ConversationParticipants.LongCountAsync(p => _held.Contains(p.RoomId), ct)
            + await _db.MessageAttachments.LongCountAsync(a => _db.Messages.Any(m => m.Id == a.MessageId && _held.Contains(m.RoomId)), ct);

        // Attachments first: they find their room through their message.
        long purged = await _db.MessageAttachments.Where(a => _db.Messages.Any(m => m.Id == a.MessageId && _swept.Contains(m.RoomId))).ExecuteDeleteAsync(ct);
        purged += await _db.ConversationParticipants.Where(p => _swept.Contains(p.RoomId)).ExecuteDeleteAsync(ct);
        purged += await _db.Messages.Where(m => _swept.Contains(m.RoomId)).ExecuteDeleteAsync(ct);
        purged += await _db.Conversations.Where(c => _swept.Contains(c.RoomId)).ExecuteDeleteAsync(ct);
        return (purged, held);
    }

    /// <summary>Questions (with drafts, answers and decline reasons), their FAQ audiences and the reminders sent. Counts are rows.</summary>
    public async Task<(long Purged, long Held)> QuestionsAsync(CancellationToken ct)
    {
        var held = !_anyHolds ? 0L : await _db.Questions.LongCountAsync(q => _held.Contains(q.RoomId), ct)
            + await _db.QaReminders.LongCountAsync(r => _held.Contains(r.RoomId), ct)
            + await _db.FaqAudiences.LongCountAsync(a => _db.Questions.Any(q => q.Id == a.QuestionId && _held.Contains(q.RoomId)), ct);

        // FAQ audiences first: they find their room through their question.
        long purged = await _db.FaqAudiences.Where(a => _db.Questions.Any(q => q.Id == a.QuestionId && _swept.Contains(q.RoomId))).ExecuteDeleteAsync(ct);
        purged += await _db.QaReminders.Where(r => _swept.Contains(r.RoomId)).ExecuteDeleteAsync(ct);
        purged += await _db.Questions.Where(q => _swept.Contains(q.RoomId)).ExecuteDeleteAsync(ct);
        return (purged, held);
    }
}
