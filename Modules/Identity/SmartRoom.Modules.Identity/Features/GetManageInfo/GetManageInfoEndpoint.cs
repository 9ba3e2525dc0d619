using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.GetManageInfo;

internal static class GetManageInfoEndpoint
{
    public static void Map(IEndpointRouteBuilder manage) =>
        manage.MapGet("/info", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetManageInfo(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetManageInfo")
            .Produces<InfoResponse>()
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
}
