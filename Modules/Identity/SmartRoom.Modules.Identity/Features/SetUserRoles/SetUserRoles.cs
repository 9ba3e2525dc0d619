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

namespace SmartRoom.Modules.Identity.Features.SetUserRoles;

/// <summary>Replaces an account's platform roles; audited, emailed to the account, its sessions must sign in again.</summary>
[RequiresRole(PlatformRoles.Admin)]
internal sealed record SetUserRoles(Guid UserId, IReadOnlyList<string> Roles) : ICommand<Result<RolesSet>>;

internal sealed record RolesSet(Guid UserId, IReadOnlyList<string> Roles);

internal sealed class SetUserRolesValidator : AbstractValidator<SetUserRoles>
{
    public SetUserRolesValidator()
    {
        RuleFor(x => x.Roles).NotNull();
        RuleForEach(x => x.Roles).Must(r => PlatformRoles.All.Contains(r))
            .WithMessage($"Roles are among: {string.Join(", ", PlatformRoles.All)}.");
    }
}

internal sealed class SetUserRolesHandler(
    ClockedUserManager users,
    IDbContextOutbox<IdentityDbContext> outbox,
    AdminAudit audit,
    ICurrentUser caller,
    SudoMode sudo,
    TimeProvider clock) : ICommandHandler<SetUserRoles, Result<RolesSet>>
{
    public async ValueTask<Result<RolesSet>> Handle(SetUserRoles command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.UserId.ToString()) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        var wanted = command.Roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var current = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            return new RolesSet(user.Id, current);
        }

        // Granting a role is how a stolen admin token would become a lasting foothold: the admin proves presence first.
        if (!await sudo.IsFreshAsync(cancellationToken))
        {
            return sudo.Required;
        }

        if (removed.Contains(PlatformRoles.Admin) && (await users.GetUsersInRoleAsync(PlatformRoles.Admin)).Count <= 1)
        {
            return Error.Conflict("last-admin", "The platform must keep at least one Admin.");
        }

        var db = outbox.DbContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.RemoveFromRolesAsync(user, removed));
        Check(await users.AddToRolesAsync(user, added));
        Check(await users.UpdateSecurityStampAsync(user));
        audit.Record("roles-changed", user.Id, new { added, removed, roles = wanted });
        await outbox.PublishAsync(new UserRolesChanged(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, user.DisplayName,
            wanted, added, removed, caller.Id));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new RolesSet(user.Id, wanted);
    }

    private static void Check(Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

internal static class SetUserRolesEndpoint
{
    internal sealed record Body(IReadOnlyList<string> Roles);

    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPut("/users/{userId:guid}/roles", async (Guid userId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetUserRoles(userId, body.Roles), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("SetUserRoles")
            .WithSummary("Replace the account's platform roles (Admin, Support, Marketing, Manager).")
            .Produces<RolesSet>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
