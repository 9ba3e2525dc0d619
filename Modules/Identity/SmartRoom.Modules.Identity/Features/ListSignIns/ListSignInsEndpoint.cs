using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListSignIns;

internal static class ListSignInsEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/sign-ins", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSignIns(null, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListMySignIns")
            .WithTags("Me")
            .WithSummary("Your sign-in attempts, newest first, with time, IP address, browser and operating system.")
            .Produces<Paged<SignInRecord>>()
            .RequireAuthorization();

        api.MapGet("/admin/users/{userId:guid}/sign-ins", async (Guid userId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSignIns(userId, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListUserSignIns")
            .WithTags("Admin")
            .Produces<Paged<SignInRecord>>()
            .RequireAuthorization(PlatformPolicies.Admin);
    }
}
