using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.SetQaExpert;

internal sealed class SetQaExpertHandler(IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, TimeProvider clock)
    : ICommandHandler<SetQaExpert, Result<QaExpertView>>
{
    public async ValueTask<Result<QaExpertView>> Handle(SetQaExpert command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var now = clock.GetUtcNow();
        var member = await db.Members.AsNoTracking()
            .Where(m => m.RoomId == command.RoomId && m.UserId == command.UserId)
            .Where(MemberCopy.ActiveAt(now))
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return Error.NotFound("member");
        }

        var settings = await QaCategories.SettingsAsync(db, command.RoomId, cancellationToken);
        var categories = new List<string>();
        foreach (var asked in command.Categories!)
        {
            if (QaCategories.Match(settings, asked) is not { } category)
            {
                return QuestionErrors.UnknownCategory("categories");
            }

            categories.Add(category);
        }

        var expert = await db.QaExperts.SingleOrDefaultAsync(e => e.RoomId == command.RoomId && e.UserId == command.UserId, cancellationToken);
        if (expert is null)
        {
            expert = new QaExpert { RoomId = command.RoomId, UserId = command.UserId };
            db.QaExperts.Add(expert);
        }

        expert.Categories = QaCategories.Join(categories);
        expert.UpdatedAt = now;
        await activity.RecordAsync(entered.Participant, MessagingAuditActions.QaExpertSet, "qa-expert", command.UserId, new Dictionary<string, string?>
        {
            ["categories"] = categories.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new QaExpertView(member.UserId, member.DisplayName, categories, Active: true);
    }
}
