using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.SendPasswordReset;

internal sealed class SendPasswordResetHandler(ClockedUserManager users, IDbContextOutbox<IdentityDbContext> outbox, SecretSealer sealer, TimeProvider clock)
    : ICommandHandler<SendPasswordReset, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(SendPasswordReset command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email);
        if (user?.Email is null || !user.EmailConfirmed)
        {
            return Done.Value;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        await outbox.PublishAsync(new PasswordResetRequested(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, user.Email, user.DisplayName,
            sealer.Seal(PasswordResetRequested.SecretPurpose, code)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
