namespace SmartRoom.Modules.Privacy.Features.RecordAccount;

internal sealed class RecordAccountHandler(PrivacyDbContext db) : ICommandHandler<RecordAccount, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordAccount command, CancellationToken cancellationToken)
    {
        var subject = await db.Subjects.FindAsync([command.UserId], cancellationToken);
        if (subject is null)
        {
            subject = new Subject { Id = command.UserId, FirstSeenAt = command.OccurredAt };
            db.Subjects.Add(subject);
        }

        if (command.Email is not null && command.OccurredAt >= subject.ContactUpdatedAt)
        {
            subject.Email = command.Email;
            subject.DisplayName = command.DisplayName ?? subject.DisplayName;
            subject.ContactUpdatedAt = command.OccurredAt;
        }
        else if (command.DisplayName is not null && subject.DisplayName.Length == 0)
        {
            subject.DisplayName = command.DisplayName;
        }

        if (command.EmailConfirmed == true)
        {
            subject.EmailConfirmed = true;
        }

        if (command.Roles is not null && command.OccurredAt >= subject.RolesUpdatedAt)
        {
            subject.Roles = string.Join(',', command.Roles.Order(StringComparer.Ordinal));
            subject.RolesUpdatedAt = command.OccurredAt;
        }

        if (command.LockChanged && command.OccurredAt >= subject.LockUpdatedAt)
        {
            subject.LockedUntil = command.LockedUntil;
            subject.LockUpdatedAt = command.OccurredAt;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
