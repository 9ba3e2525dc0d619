using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.RequireTwoFactor;

internal sealed class RequireTwoFactorHandler(
    IDbContextOutbox<IdentityDbContext> outbox,
    AdminAudit audit,
    TimeProvider clock) : ICommandHandler<RequireTwoFactor, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RequireTwoFactor command, CancellationToken cancellationToken)
    {
        if (await outbox.DbContext.Users.FindAsync([command.UserId], cancellationToken) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        if (user.TwoFactorRequired)
        {
            return Done.Value;
        }

        user.TwoFactorRequired = true;
        // Existing sessions end: the next sign-in carries the requirement.
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        audit.Record(AdminAuditActions.TwoFactorRequired, user.Id, new { });
        await outbox.PublishAsync(new UserTwoFactorRequired(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, user.DisplayName));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
