using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.GetMe;

[RequiresUser]
internal sealed record GetMe : IQuery<Result<Me>>;

internal sealed record Me(
    Guid Id,
    string Email,
    string DisplayName,
    string? ZipCode,
    bool EmailConfirmed,
    bool TwoFactorEnabled,
    bool TwoFactorRequired,
    IReadOnlyList<string> Roles);

internal sealed class GetMeHandler(IdentityDbContext db, ICurrentUser current) : IQueryHandler<GetMe, Result<Me>>
{
    public async ValueTask<Result<Me>> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var id = current.Id;
        var me = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.ZipCode,
                u.EmailConfirmed,
                u.TwoFactorEnabled,
                u.TwoFactorRequired,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (me is null)
        {
            return Error.NotFound("account");
        }

        return new Me(me.Id, me.Email!, me.DisplayName, me.ZipCode, me.EmailConfirmed, me.TwoFactorEnabled, me.TwoFactorRequired,
            me.Roles.Order(StringComparer.Ordinal).ToList());
    }
}

internal static class GetMeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetMe(), ct)).ToHttp(me => TypedResults.Ok(me)))
            .WithName("GetMe")
            .WithSummary("The signed-in account.")
            .Produces<Me>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
}
