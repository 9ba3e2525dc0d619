using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.ConfirmEmail;

internal sealed class ConfirmEmailHandler(
    ClockedUserManager users,
    IDbContextOutbox<IdentityDbContext> outbox,
    TimeProvider clock) : ICommandHandler<ConfirmEmail, Result<EmailConfirmed>>
{
    // One answer for an unknown account, a forged code and an expired one: nothing about accounts leaks.
    private static readonly Error InvalidLink =
        Error.Validation("code", "This confirmation link is not valid (it may have expired or been replaced by a newer one).");

    public async ValueTask<Result<EmailConfirmed>> Handle(ConfirmEmail command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString());
        if (user?.Email is null)
        {
            return InvalidLink;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(command.Code));
        }
        catch (FormatException)
        {
            return InvalidLink;
        }

        if (user.EmailConfirmed && string.IsNullOrEmpty(command.ChangedEmail))
        {
            // The link followed again: only the right code learns that the account is confirmed.
            return await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<User>.ConfirmEmailTokenPurpose, token)
                ? new EmailConfirmed(user.Id, user.Email)
                : InvalidLink;
        }

        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (string.IsNullOrEmpty(command.ChangedEmail))
        {
            if (!(await users.ConfirmEmailAsync(user, token)).Succeeded)
            {
                return InvalidLink;
            }
        }
        else
        {
            // The email is the user name too: both move together, or neither does.
            if (!(await users.ChangeEmailAsync(user, command.ChangedEmail, token)).Succeeded
                || !(await users.SetUserNameAsync(user, command.ChangedEmail)).Succeeded)
            {
                return InvalidLink;
            }
        }

        await outbox.PublishAsync(new UserEmailConfirmed(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, user.Email));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new EmailConfirmed(user.Id, user.Email);
    }
}
