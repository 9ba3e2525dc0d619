using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.ResetPassword;

/// <summary>Sets a new password with the emailed code; every session of the account is signed out.</summary>
internal sealed record ResetPassword(string Email, string ResetCode, string NewPassword) : ICommand<Result<Done>>;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256);
        RuleFor(x => x.ResetCode).NotEmpty().MaximumLength(4096);
        RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(1024);
    }
}

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

internal static class SessionRevocation
{
    public static async Task RevokeAllAsync(IdentityDbContext db, Guid userId, DateTimeOffset now, string reason, CancellationToken ct)
    {
        foreach (var session in await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null).ToListAsync(ct))
        {
            session.Revoke(now, reason);
        }
    }
}

internal static class ResetPasswordEndpoint
{
    internal sealed record Body(string Email, string ResetCode, string NewPassword);

    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/reset-password", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ResetPassword(body.Email, body.ResetCode, body.NewPassword), ct)).ToHttp(_ => TypedResults.Ok()))
            .WithName("ResetPassword")
            .WithSummary("Set a new password with the emailed reset code.")
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.PasswordReset)
            .Public();
}
