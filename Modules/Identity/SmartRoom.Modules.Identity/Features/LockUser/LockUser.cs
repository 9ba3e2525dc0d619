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
using SmartRoom.Modules.Identity.Features.ResetPassword;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.LockUser;

/// <summary>Locks an account (until a time, or indefinitely) or unlocks it; audited and emailed to the account.</summary>
[RequiresRole(PlatformRoles.Admin)]
internal sealed record LockUser(Guid UserId, bool Locked, DateTimeOffset? Until) : ICommand<Result<LockState>>;

internal sealed record LockState(Guid UserId, bool Locked, DateTimeOffset? LockedUntil);

internal sealed class LockUserValidator : AbstractValidator<LockUser>
{
    public LockUserValidator(TimeProvider clock) =>
        RuleFor(x => x.Until).Must(until => until is null || until > clock.GetUtcNow())
            .WithMessage("'Until' must be in the future.");
}

internal sealed class LockUserHandler(
    ClockedUserManager users,
    IDbContextOutbox<IdentityDbContext> outbox,
    AdminAudit audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<LockUser, Result<LockState>>
{
    public async ValueTask<Result<LockState>> Handle(LockUser command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.UserId.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        if (command.Locked && user.Id == caller.Id)
        {
            return Error.Conflict("cannot-lock-self", "You cannot lock your own account.");
        }

        var now = clock.GetUtcNow();
        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (command.Locked)
        {
            var until = command.Until ?? DateTimeOffset.MaxValue;
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, until);
            await users.UpdateSecurityStampAsync(user);
            await SessionRevocation.RevokeAllAsync(db, user.Id, now, "locked", cancellationToken);
            audit.Record("locked", user.Id, new { until = command.Until });
            await outbox.PublishAsync(new UserLocked(Guid.CreateVersion7(), now, user.Id, email, user.DisplayName, until, ByAdmin: true));
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            audit.Record("unlocked", user.Id, new { });
            await outbox.PublishAsync(new UserUnlocked(Guid.CreateVersion7(), now, user.Id, email, user.DisplayName));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new LockState(user.Id, command.Locked, command.Locked ? command.Until : null);
    }
}

internal static class LockUserEndpoint
{
    internal sealed record Body(DateTimeOffset? Until);

    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/users/{userId:guid}/lock", async (Guid userId, Body? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new LockUser(userId, true, body?.Until), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("LockUser")
            .WithSummary("Lock the account (optionally until a time); its sessions end at once.")
            .Produces<LockState>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        admin.MapPost("/users/{userId:guid}/unlock", async (Guid userId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new LockUser(userId, false, null), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("UnlockUser")
            .Produces<LockState>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
