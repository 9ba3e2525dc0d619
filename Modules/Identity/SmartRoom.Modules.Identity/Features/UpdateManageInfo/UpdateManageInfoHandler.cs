using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.UpdateManageInfo;

internal sealed class UpdateManageInfoHandler(
    ClockedUserManager users,
    ICurrentUser current,
    SecretSealer sealer,
    SudoMode sudo,
    IDbContextOutbox<IdentityDbContext> outbox,
    TimeProvider clock) : ICommandHandler<UpdateManageInfo, Result<InfoResponse>>
{
    public async ValueTask<Result<InfoResponse>> Handle(UpdateManageInfo command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(current.Id!.Value.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        var newEmail = command.NewEmail?.Trim();
        var changesEmail = !string.IsNullOrEmpty(newEmail) && !string.Equals(newEmail, email, StringComparison.OrdinalIgnoreCase);
        if ((changesEmail || !string.IsNullOrEmpty(command.NewPassword)) && !await sudo.IsFreshAsync(cancellationToken))
        {
            return sudo.Required;
        }

        var now = clock.GetUtcNow();
        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!string.IsNullOrEmpty(command.NewPassword))
        {
            var changed = await users.ChangePasswordAsync(user, command.OldPassword!, command.NewPassword);
            if (!changed.Succeeded)
            {
                return changed.Errors.Any(e => e.Code == "PasswordMismatch")
                    ? Error.Validation("oldPassword", "The old password is not correct.")
                    : IdentityErrors.From(changed, passwordField: "newPassword");
            }

            await SessionRevocation.RevokeAllAsync(db, user.Id, now, "password-changed", cancellationToken);
            await outbox.PublishAsync(SecurityNotices.PasswordChanged(user, email, byReset: false, current, now));
        }

        if (changesEmail && newEmail is not null)
        {
            if (await users.FindByEmailAsync(newEmail) is { Email: not null } taken)
            {
                // The answer does not tell that the address has an account: its owner is told instead, and nothing moves.
                await outbox.PublishAsync(new EmailChangeToTakenAddressRequested(Guid.CreateVersion7(), now, taken.Id, taken.Email, taken.DisplayName));
                await outbox.PublishAsync(SecurityNotices.Changed(user, email, AccountSecurityChanges.EmailChangeRequested, current, now, detail: newEmail));
                await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
                return new InfoResponse(email, user.EmailConfirmed);
            }

            var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            await outbox.PublishAsync(new UserEmailChangeRequested(Guid.CreateVersion7(), now, user.Id, email, newEmail, user.DisplayName,
                sealer.Seal(UserEmailChangeRequested.SecretPurpose, code)));
            // The current address hears of it, with when and where from.
            await outbox.PublishAsync(SecurityNotices.Changed(user, email, AccountSecurityChanges.EmailChangeRequested, current, now, detail: newEmail));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new InfoResponse(email, user.EmailConfirmed);
    }
}
