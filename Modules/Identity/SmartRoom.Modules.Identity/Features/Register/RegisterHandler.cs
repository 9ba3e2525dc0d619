using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Features.Register;

internal sealed class RegisterHandler(
    ClockedUserManager users,
    IDbContextOutbox<IdentityDbContext> outbox,
    SecretSealer sealer,
    TimeProvider clock) : ICommandHandler<Register, Result<Registered>>
{
    public async ValueTask<Result<Registered>> Handle(Register command, CancellationToken cancellationToken)
    {
        var answer = new Registered(command.Email.Trim(), command.DisplayName.Trim(), users.Options.SignIn.RequireConfirmedEmail);
        if (await users.FindByEmailAsync(command.Email.Trim()) is { Email: not null } existing)
        {
            // Same answer and the same password-hashing cost as a new account; the owner hears of it by email.
            users.PasswordHasher.HashPassword(existing, command.Password);
            await outbox.PublishAsync(new RegistrationAttemptedForExistingAccount(Guid.CreateVersion7(), clock.GetUtcNow(),
                existing.Id, existing.Email, existing.DisplayName));
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
            return answer;
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            UserName = command.Email.Trim(),
            Email = command.Email.Trim(),
            DisplayName = command.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        // The account row and the UserRegistered message commit together, or neither does.
        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            // A concurrent registration of the same address won: answer as above.
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? answer
                : IdentityErrors.From(created);
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        await outbox.PublishAsync(new UserRegistered(
            Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, user.Email, user.DisplayName, sealer.Seal(UserRegistered.SecretPurpose, code)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);

        return answer;
    }
}
