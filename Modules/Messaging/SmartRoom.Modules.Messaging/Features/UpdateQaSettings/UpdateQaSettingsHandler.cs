using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.UpdateQaSettings;

internal sealed class UpdateQaSettingsHandler(IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, TimeProvider clock)
    : ICommandHandler<UpdateQaSettings, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(UpdateQaSettings command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var limits = command.GroupLimits ?? [];
        var groupIds = limits.Select(l => l.GroupId).ToList();
        var known = await db.Groups.AsNoTracking().Where(g => g.RoomId == command.RoomId && groupIds.Contains(g.GroupId)).CountAsync(cancellationToken);
        if (known != groupIds.Count)
        {
            return new Error(ErrorKind.Validation, "group-not-found", "The group was not found.",
                new Dictionary<string, string[]> { ["groupLimits"] = ["Not a group of the room."] });
        }

        var settings = await db.QaSettings.SingleOrDefaultAsync(s => s.RoomId == command.RoomId, cancellationToken);
        if (settings is null)
        {
            settings = new QaSettings { RoomId = command.RoomId };
            db.QaSettings.Add(settings);
        }

        settings.Categories = QaCategories.Join(command.Categories!);
        settings.DueBusinessDays = command.DueBusinessDays;
        settings.DefaultGroupLimit = command.DefaultGroupLimit;
        settings.UpdatedAt = clock.GetUtcNow();
        db.GroupQuestionLimits.RemoveRange(await db.GroupQuestionLimits.Where(l => l.RoomId == command.RoomId).ToListAsync(cancellationToken));
        db.GroupQuestionLimits.AddRange(limits.Select(l => new GroupQuestionLimit { RoomId = command.RoomId, GroupId = l.GroupId, Limit = l.Limit }));
        await activity.RecordAsync(entered.Participant, MessagingAuditActions.QaSettingsChanged, "qa-settings", command.RoomId, new Dictionary<string, string?>
        {
            ["categories"] = command.Categories!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["dueBusinessDays"] = command.DueBusinessDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["defaultGroupLimit"] = command.DefaultGroupLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["groupLimits"] = limits.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
