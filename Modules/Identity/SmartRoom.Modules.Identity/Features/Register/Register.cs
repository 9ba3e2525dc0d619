using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.Register;

internal sealed record Register(string Email, string Password, string DisplayName) : ICommand<Result<Registered>>;

/// <summary>The same answer whether or not the address already had an account: registration tells nothing about accounts.</summary>
internal sealed record Registered(string Email, string DisplayName, bool EmailConfirmationRequired);

internal sealed class RegisterValidator : AbstractValidator<Register>
{
    public RegisterValidator(UserManager<User> users)
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        // Identity's own password rules, reported with the other fields rather than after them.
        RuleFor(x => x.Password).NotEmpty().MaximumLength(1024).CustomAsync(async (password, context, _) =>
        {
            if (string.IsNullOrEmpty(password))
            {
                return;
            }

            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, new User(), password);
                foreach (var error in result.Errors)
                {
                    context.AddFailure(nameof(Register.Password), error.Description);
                }
            }
        });
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100)
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("'Display Name' must not contain control characters.");
    }
}

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

internal static class RegisterEndpoint
{
    internal sealed record Body(string Email, string Password, string DisplayName);

    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/register", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Register(body.Email, body.Password, body.DisplayName), ct))
                .ToHttp(r => TypedResults.Created("/api/me", r)))
            .WithName("Register")
            .WithSummary("Create an account; a confirmation email follows.")
            .Produces<Registered>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.Registration)
            .Public();
}
