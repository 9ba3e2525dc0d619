using Microsoft.AspNetCore.Identity;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.SetUserRoles;

internal sealed class SetUserRolesHandler(
    ClockedUserManager users,
    IDbContextOutbox<IdentityDbContext> outbox,
    AdminAudit audit,
    ICurrentUser caller,
    SudoMode sudo,
    TimeProvider clock) : ICommandHandler<SetUserRoles, Result<RolesSet>>
{
    public async ValueTask<Result<RolesSet>> Handle(SetUserRoles command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.UserId.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        var wanted = command.Roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var current = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            return new RolesSet(user.Id, current);
        }

        // Granting a role is how a stolen admin token would become a lasting foothold: the admin proves presence first.
        if (!await sudo.IsFreshAsync(cancellationToken))
        {
            return sudo.Required;
        }

        if (removed.Contains(PlatformRoles.Admin) && (await users.GetUsersInRoleAsync(PlatformRoles.Admin)).Count <= 1)
        {
            return Error.Conflict("last-admin", "The platform must keep at least one Admin.");
        }

        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.RemoveFromRolesAsync(user, removed));
        Check(await users.AddToRolesAsync(user, added));
        Check(await users.UpdateSecurityStampAsync(user));
        audit.Record(AdminAuditActions.RolesChanged, user.Id, new { added, removed, roles = wanted });
        await outbox.PublishAsync(new UserRolesChanged(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, user.DisplayName,
            wanted, added, removed, caller.Id));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new RolesSet(user.Id, wanted);
    }

    private static void Check(Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
