namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Who answers a question: the room's active Q&amp;A expert covering its category with the fewest open assignments
/// (Assigned or Drafted), ties broken by id; none when no active expert covers it (the question stays Open).
/// </summary>
internal static class QuestionRouting
{
    public static async Task<MemberCopy?> ExpertForAsync(MessagingDbContext db, Guid roomId, string category, DateTimeOffset now, CancellationToken ct)
    {
        var experts = await db.QaExperts.AsNoTracking().Where(e => e.RoomId == roomId).ToListAsync(ct);
        var covering = experts
            .Where(e => QaCategories.Parse(e.Categories).Contains(category, StringComparer.OrdinalIgnoreCase))
            .Select(e => e.UserId)
            .ToList();
        if (covering.Count == 0)
        {
            return null;
        }

        var active = await db.Members.AsNoTracking()
            .Where(m => m.RoomId == roomId && covering.Contains(m.UserId))
            .Where(MemberCopy.ActiveAt(now))
            .ToListAsync(ct);
        if (active.Count == 0)
        {
            return null;
        }

        var ids = active.Select(m => m.UserId).ToList();
        var open = await db.Questions.AsNoTracking()
            .Where(q => q.RoomId == roomId && q.AssigneeId != null && ids.Contains(q.AssigneeId.Value))
            .Where(q => q.Status == QuestionStatus.Assigned || q.Status == QuestionStatus.Drafted)
            .GroupBy(q => q.AssigneeId!.Value)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UserId, x => x.Count, ct);
        return active.OrderBy(m => open.GetValueOrDefault(m.UserId)).ThenBy(m => m.UserId).First();
    }

    /// <summary>An active member of the room who may be assigned questions: a Q&amp;A expert or a manager.</summary>
    public static async Task<MemberCopy?> EligibleAssigneeAsync(MessagingDbContext db, Guid roomId, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking()
            .Where(m => m.RoomId == roomId && m.UserId == userId)
            .Where(MemberCopy.ActiveAt(now))
            .SingleOrDefaultAsync(ct);
        if (member is null)
        {
            return null;
        }

        return member.IsManager || await db.QaExperts.AnyAsync(e => e.RoomId == roomId && e.UserId == userId, ct) ? member : null;
    }
}
