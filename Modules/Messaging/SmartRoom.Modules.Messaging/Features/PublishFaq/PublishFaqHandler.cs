using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.PublishFaq;

internal sealed class PublishFaqHandler(EnteredRoom entered, IDbContextOutbox<MessagingDbContext> outbox, RoomActivity activity, TimeProvider clock)
    : ICommandHandler<PublishFaq, Result<FaqPublication>>
{
    public static readonly Error NotAnswered = Error.Conflict("question-not-answered", "Only an approved or closed question can be published as an FAQ.");

    public async ValueTask<Result<FaqPublication>> Handle(PublishFaq command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var who = entered.Participant;
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == command.QuestionId && q.RoomId == command.RoomId, cancellationToken);
        if (question is null)
        {
            return Error.NotFound("question");
        }

        if (question.Status is not (QuestionStatus.Approved or QuestionStatus.Closed))
        {
            return NotAnswered;
        }

        var wanted = command.GroupIds?.ToHashSet() ?? [];
        if (wanted.Count > 0)
        {
            var known = await db.Groups.AsNoTracking().Where(g => g.RoomId == command.RoomId && wanted.Contains(g.GroupId))
                .Select(g => g.GroupId).ToListAsync(cancellationToken);
            if (known.Count != wanted.Count)
            {
                return Error.Validation("groupIds", "Every group must be one of this room's groups.");
            }
        }

        var previous = await db.FaqAudiences.Where(a => a.QuestionId == question.Id).ToListAsync(cancellationToken);
        var reachedBefore = question.FaqScope switch
        {
            FaqScope.All => null,
            FaqScope.Groups => previous.Select(a => a.GroupId).ToHashSet(),
            _ => new HashSet<Guid>(),
        };
        var all = command.All == true;
        var now = clock.GetUtcNow();
        db.FaqAudiences.RemoveRange(previous.Where(a => !wanted.Contains(a.GroupId)));
        db.FaqAudiences.AddRange(wanted.Where(g => previous.All(a => a.GroupId != g)).Select(g => new FaqAudience { QuestionId = question.Id, GroupId = g }));
        question.FaqScope = all ? FaqScope.All : FaqScope.Groups;
        question.FaqPublishedAt = now;
        question.UpdatedAt = now;
        question.Version++;

        var recipients = reachedBefore is null ? [] : await NewlyReachedAsync(db, question, all, wanted, reachedBefore, now, cancellationToken);
        if (recipients.Count > 0)
        {
            await outbox.PublishAsync(new FaqPublished(Guid.CreateVersion7(), now, question.RoomId, who.Room.Name, question.Id, question.Number,
                question.Category, recipients));
        }

        await activity.RecordAsync(who, MessagingAuditActions.FaqPublished, "question", question.Id, new Dictionary<string, string?>
        {
            ["number"] = question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["scope"] = question.FaqScope.ToString(),
            ["groups"] = string.Join(' ', wanted.Order()),
        });
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("question-changed", "The question changed meanwhile; load it again and retry.");
        }

        return new FaqPublication(question.Id, question.Number, question.FaqScope.ToString(), [.. wanted.Order()], now, recipients.Count);
    }

    /// <summary>
    /// The room's active members the publication reaches for the first time: in a named group (or, for everyone, in
    /// any group or none), not in the asker's group, not the asker, not a manager (managers see every question).
    /// </summary>
    private static async Task<List<Recipient>> NewlyReachedAsync(MessagingDbContext db, Question question, bool all, HashSet<Guid> groups,
        HashSet<Guid> reachedBefore, DateTimeOffset now, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().Where(MemberCopy.ActiveAt(now))
            .Where(m => m.RoomId == question.RoomId && m.Role != MemberRoles.Manager && m.UserId != question.AskedBy)
            .ToListAsync(ct);
        return members
            .Where(m => m.GroupId is not { } g || g != question.AskerGroupId)
            .Where(m => m.GroupId is { } group
                ? (all || groups.Contains(group)) && !reachedBefore.Contains(group)
                : all)
            .OrderBy(m => m.UserId)
            .Select(m => m.ToRecipient())
            .ToList();
    }
}
