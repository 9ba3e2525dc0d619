using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Features.ResetPassword;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.ManageInfo;

/// <summary>The shape of ASP.NET Core Identity's <c>/manage/info</c>.</summary>
internal sealed record InfoResponse(string Email, bool IsEmailConfirmed);

[RequiresUser]
internal sealed record GetManageInfo : IQuery<Result<InfoResponse>>;

internal sealed class GetManageInfoHandler(ClockedUserManager users, ICurrentUser current) : IQueryHandler<GetManageInfo, Result<InfoResponse>>
{
    public async ValueTask<Result<InfoResponse>> Handle(GetManageInfo query, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(current.Id!.Value.ToString()) is { Email: { } email } user
            ? new InfoResponse(email, user.EmailConfirmed)
            : Error.NotFound("account");
}

/// <summary>
/// Changes the password (with the old one; every session is then signed out) and/or starts an email change:
/// the new address must be confirmed through the link sent to it before it replaces the current one.
/// Either needs "sudo mode" (a proof no older than a few minutes, see <see cref="SudoMode"/>), and the owner
/// is told at the current address.
/// </summary>
[RequiresUser]
internal sealed record UpdateManageInfo(string? NewEmail, string? NewPassword, string? OldPassword) : ICommand<Result<InfoResponse>>;

internal sealed class UpdateManageInfoValidator : AbstractValidator<UpdateManageInfo>
{
    public UpdateManageInfoValidator()
    {
        RuleFor(x => x.NewEmail).MaximumLength(256).EmailAddress().When(x => !string.IsNullOrEmpty(x.NewEmail));
        RuleFor(x => x.NewPassword).MaximumLength(1024);
        RuleFor(x => x.OldPassword).NotEmpty().When(x => !string.IsNullOrEmpty(x.NewPassword))
            .WithMessage("The old password is required to set a new password.");
    }
}

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

internal static class ManageInfoEndpoint
{
    internal sealed record Body(string? NewEmail, string? NewPassword, string? OldPassword);

    public static void Map(IEndpointRouteBuilder manage)
    {
        manage.MapGet("/info", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetManageInfo(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetManageInfo")
            .Produces<InfoResponse>()
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);

        manage.MapPost("/info", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateManageInfo(body.NewEmail, body.NewPassword, body.OldPassword), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateManageInfo")
            .WithSummary("Change the password (old one required) and/or start an email change confirmed from the new address. Needs a recent proof (POST /reauthenticate): 403 sudo-required otherwise.")
            .Produces<InfoResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
    }
}
