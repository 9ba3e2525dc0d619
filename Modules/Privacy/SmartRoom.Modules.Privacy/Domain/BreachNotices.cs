using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>The event that tells one person about a breach, in the words of the breach's current state.</summary>
internal static class BreachNotices
{
    public const int MessageLength = 4000;

    public static BreachNoticeIssued Issue(Guid eventId, BreachEntry breach, string kind, Guid userId, string email, string displayName, string message, DateTimeOffset now) =>
        new(eventId, now, breach.BreachId, breach.Reference, kind, userId, email, displayName, message,
            breach.Nature, string.Join(", ", breach.CategoryList), breach.Consequences, breach.Measures, breach.DpoContact);
}
