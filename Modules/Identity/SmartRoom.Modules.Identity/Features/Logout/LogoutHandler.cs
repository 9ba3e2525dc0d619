namespace SmartRoom.Modules.Identity.Features.Logout;

internal sealed class LogoutHandler(
    IdentityDbContext db,
    ClockedUserManager users,
    ICurrentUser current,
    TimeProvider clock) : ICommandHandler<Logout, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(Logout command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var userId = current.Id!.Value;
        var sessions = await db.Sessions
            .Where(s => s.UserId == userId && s.RevokedAt == null && (command.Everywhere || s.Id == command.SessionId))
            .ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            session.Revoke(now, command.Everywhere ? "signed-out-everywhere" : "signed-out");
        }

        await db.SaveChangesAsync(cancellationToken);
        if (command.Everywhere && await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            // A new stamp also invalidates dashboard cookies and any refresh token not tied to a session.
            await users.UpdateSecurityStampAsync(user);
        }
        return Done.Value;
    }
}
