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

namespace SmartRoom.Modules.Identity.Features.RequireTwoFactor;

/// <summary>
/// Requires two-factor sign-in for an account. Until it is enabled, the account's tokens reach only its
/// own account endpoints (set-up, profile, sign-out); audited and emailed to the account.
/// </summary>
[RequiresRole(PlatformRoles.Admin)]
internal sealed record RequireTwoFactor(Guid UserId) : ICommand<Result<Done>>;

internal sealed class RequireTwoFactorHandler(
    IDbContextOutbox<IdentityDbContext> outbox,
    AdminAudit audit,
    TimeProvider clock) : ICommandHandler<RequireTwoFactor, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RequireTwoFactor command, CancellationToken cancellationToken)
    {
        if (await outbox.DbContext.Users.FindAsync([command.UserId], cancellationToken) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        if (user.TwoFactorRequired)
        {
            return Done.Value;
        }

        user.TwoFactorRequired = true;
        // Existing sessions end: the next sign-in carries the requirement.
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        audit.Record("two-factor-required", user.Id, new { });
        await outbox.PublishAsync(new UserTwoFactorRequired(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, user.DisplayName));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}

internal static class RequireTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/users/{userId:guid}/require-2fa", async (Guid userId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RequireTwoFactor(userId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("RequireTwoFactor")
            .WithSummary("Require two-factor sign-in for the account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
