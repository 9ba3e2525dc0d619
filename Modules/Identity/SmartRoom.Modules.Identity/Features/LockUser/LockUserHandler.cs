using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.LockUser;

internal sealed class LockUserHandler(
    ClockedUserManager users,
    IDbContextOutbox<IdentityDbContext> outbox,
    AdminAudit audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<LockUser, Result<LockState>>
{
    public async ValueTask<Result<LockState>> Handle(LockUser command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.UserId.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        if (command.Locked && user.Id == caller.Id)
        {
            return Error.Conflict("cannot-lock-self", "You cannot lock your own account.");
        }

        var now = clock.GetUtcNow();
        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (command.Locked)
        {
            var until = command.Until ?? DateTimeOffset.MaxValue;
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, until);
            await users.UpdateSecurityStampAsync(user);
            await SessionRevocation.RevokeAllAsync(db, user.Id, now, "locked", cancellationToken);
            audit.Record(AdminAuditActions.Locked, user.Id, new { until = command.Until });
            await outbox.PublishAsync(new UserLocked(Guid.CreateVersion7(), now, user.Id, email, user.DisplayName, until, ByAdmin: true));
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            audit.Record(AdminAuditActions.Unlocked, user.Id, new { });
            await outbox.PublishAsync(new UserUnlocked(Guid.CreateVersion7(), now, user.Id, email, user.DisplayName));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new LockState(user.Id, command.Locked, command.Locked ? command.Until : null);
    }
}
