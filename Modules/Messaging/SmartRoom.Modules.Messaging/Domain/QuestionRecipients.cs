using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Who hears of a question's steps, from Messaging's copy of membership: only those active now.</summary>
internal static class QuestionRecipients
{
    public static async Task<IReadOnlyList<Recipient>> ManagersAsync(MessagingDbContext db, Guid roomId, DateTimeOffset now, CancellationToken ct) =>
        (await db.Members.AsNoTracking()
            .Where(m => m.RoomId == roomId && m.Role == MemberRoles.Manager)
            .Where(MemberCopy.ActiveAt(now))
            .OrderBy(m => m.UserId)
            .ToListAsync(ct))
        .Select(m => m.ToRecipient()).ToList();

    /// <summary>The active members of the asker's group, or the asker alone when they asked without a group.</summary>
    public static async Task<IReadOnlyList<Recipient>> AskersGroupAsync(MessagingDbContext db, Question question, DateTimeOffset now, CancellationToken ct)
    {
        var group = question.AskerGroupId;
        var asker = question.AskedBy;
        return (await db.Members.AsNoTracking()
                .Where(m => m.RoomId == question.RoomId && (m.UserId == asker || (group != null && m.GroupId == group)))
                .Where(MemberCopy.ActiveAt(now))
                .OrderBy(m => m.UserId)
                .ToListAsync(ct))
            .Select(m => m.ToRecipient()).ToList();
    }

    public static async Task<Recipient?> MemberAsync(MessagingDbContext db, Guid roomId, Guid userId, DateTimeOffset now, CancellationToken ct) =>
        (await db.Members.AsNoTracking()
            .Where(m => m.RoomId == roomId && m.UserId == userId)
            .Where(MemberCopy.ActiveAt(now))
            .SingleOrDefaultAsync(ct))?.ToRecipient();
}
