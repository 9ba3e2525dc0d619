using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.Reauthenticate;

internal sealed class ReauthenticateHandler(
    ClockedUserManager users,
    SecondFactor secondFactor,
    SudoMode sudo,
    ICurrentUser current,
    IDbContextOutbox<IdentityDbContext> outbox,
    TimeProvider clock) : ICommandHandler<Reauthenticate, Result<Reauthenticated>>
{
    public async ValueTask<Result<Reauthenticated>> Handle(Reauthenticate command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(current.Id!.Value.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Error.Forbidden("locked-out", "This account is locked after too many failed attempts. Try again later.");
        }

        var hasPassword = !string.IsNullOrEmpty(command.Password);
        var hasCode = !string.IsNullOrWhiteSpace(command.TwoFactorCode) || !string.IsNullOrWhiteSpace(command.TwoFactorRecoveryCode);
        if (user.TwoFactorEnabled && !hasCode)
        {
            return Error.Validation("twoFactorCode",
                "Two-factor sign-in is on: a code from your authenticator app (twoFactorCode) or a recovery code (twoFactorRecoveryCode) is required.");
        }

        if (!user.TwoFactorEnabled && !hasPassword)
        {
            return Error.Validation("password", "Your password is required.");
        }

        if (hasPassword && !await users.CheckPasswordAsync(user, command.Password!))
        {
            return await FailAsync(user, email, Error.Validation("password", "The password is not correct."), cancellationToken);
        }

        if (user.TwoFactorEnabled && !await secondFactor.VerifyAsync(user, command.TwoFactorCode, command.TwoFactorRecoveryCode))
        {
            return await FailAsync(user, email,
                Error.Validation(string.IsNullOrWhiteSpace(command.TwoFactorRecoveryCode) ? "twoFactorCode" : "twoFactorRecoveryCode", "The code is not correct."),
                cancellationToken);
        }

        if (await users.GetAccessFailedCountAsync(user) > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await sudo.RecordAsync(user, cancellationToken);
        await outbox.DbContext.SaveChangesAsync(cancellationToken);
        return new Reauthenticated(clock.GetUtcNow() + sudo.Window);
    }

    private async Task<Result<Reauthenticated>> FailAsync(User user, string email, Error error, CancellationToken ct)
    {
        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user) && await users.GetLockoutEndDateAsync(user) is { } until)
        {
            await outbox.PublishAsync(new UserLocked(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, user.DisplayName, until, ByAdmin: false));
            await outbox.SaveChangesAndFlushMessagesAsync(ct);
        }

        return error;
    }
}
