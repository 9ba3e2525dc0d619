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
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.ConfirmEmail;

/// <summary>The link from a confirmation email: confirms the account, or with <see cref="ChangedEmail"/> moves it to that address.</summary>
internal sealed record ConfirmEmail(Guid UserId, string Code, string? ChangedEmail) : ICommand<Result<EmailConfirmed>>;

internal sealed record EmailConfirmed(Guid UserId, string Email);

internal sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmail>
{
    public ConfirmEmailValidator()
    {
        RuleFor(x => x.UserId).NotEmpty();
        RuleFor(x => x.Code).NotEmpty().MaximumLength(4096);
        RuleFor(x => x.ChangedEmail).MaximumLength(256);
    }
}

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

internal static class ConfirmEmailEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapGet("/confirm-email", async (Guid userId, string code, string? changedEmail, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ConfirmEmail(userId, code, changedEmail), ct))
                .ToHttp(r => TypedResults.Ok(new { confirmed = true, r.Email })))
            .WithName("ConfirmEmail")
            .WithSummary("The link from the confirmation email.")
            .ProducesValidationProblem()
            .Public();
}
