using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>What every step of a question shares: finding it as the caller may see it, and saving it under its version.</summary>
internal static class QuestionSteps
{
    /// <summary>The question, tracked, if the participant may see it (<see cref="QuestionVisibility"/>); else null, as if it did not exist.</summary>
    public static Task<Question?> FindAsync(MessagingDbContext db, RoomParticipant who, Guid questionId, CancellationToken ct) =>
        db.Questions.VisibleTo(db, who).SingleOrDefaultAsync(q => q.Id == questionId, ct);

    /// <summary>Saves the step with its audit record and notices; a step taken on the question meanwhile wins (<see cref="QuestionErrors.Changed"/>).</summary>
    public static async Task<Error?> SaveAsync(IDbContextOutbox<MessagingDbContext> outbox, CancellationToken ct)
    {
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return QuestionErrors.Changed;
        }
    }
}
