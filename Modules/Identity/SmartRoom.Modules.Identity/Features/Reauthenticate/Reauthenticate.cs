using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.Reauthenticate;

/// <summary>
/// "Sudo mode": the signed-in owner proves again that it is them, which opens sensitive account changes
/// (2FA off, the shared key, new recovery codes, a new email or password) for a few minutes on this
/// session. With two-factor sign-in on, the proof is an authenticator or recovery code (and the password
/// too, if given); otherwise the password. Wrong proofs count toward lockout like wrong sign-ins.
/// </summary>
[RequiresUser]
internal sealed record Reauthenticate(string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode) : ICommand<Result<Reauthenticated>>;

internal sealed record Reauthenticated(DateTimeOffset ValidUntil);

internal sealed class ReauthenticateValidator : AbstractValidator<Reauthenticate>
{
    public ReauthenticateValidator()
    {
        RuleFor(x => x.Password).MaximumLength(1024);
        RuleFor(x => x.TwoFactorCode).MaximumLength(20);
        RuleFor(x => x.TwoFactorRecoveryCode).MaximumLength(50);
    }
}

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

internal static class ReauthenticateEndpoint
{
    internal sealed record Body(string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode);

    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/reauthenticate", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Reauthenticate(body.Password, body.TwoFactorCode, body.TwoFactorRecoveryCode), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("Reauthenticate")
            .WithSummary("Prove it is you again (password, or with 2FA on a code) to open sensitive account changes for a few minutes.")
            .Produces<Reauthenticated>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.SignIn)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
}
