using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.ResetPassword;

internal sealed class ResetPasswordHandler(ClockedUserManager users, IDbContextOutbox<IdentityDbContext> outbox, TimeProvider clock)
    : ICommandHandler<ResetPassword, Result<Done>>
{
    // One answer for an unknown email and a bad code.
    private static readonly Error InvalidCode = Error.Validation("resetCode", "The reset code is not valid (it may have expired or been used).");

    public async ValueTask<Result<Done>> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email);
        if (user?.Email is null)
        {
            return InvalidCode;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(command.ResetCode));
        }
        catch (FormatException)
        {
            return InvalidCode;
        }

        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ResetPasswordAsync(user, token, command.NewPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "InvalidToken") ? InvalidCode : IdentityErrors.From(result, passwordField: "newPassword");
        }

        var now = clock.GetUtcNow();
        await SessionRevocation.RevokeAllAsync(db, user.Id, now, "password-reset", cancellationToken);
        await users.ResetAccessFailedCountAsync(user);
        await outbox.PublishAsync(new UserPasswordChanged(Guid.CreateVersion7(), now, user.Id, user.Email, user.DisplayName, ByReset: true));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
