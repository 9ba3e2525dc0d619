using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListUsers;

internal static class ListUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/users", async (string? search, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListUsers(search, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListUsers")
            .WithSummary("Accounts, searched by email or display name, paged.")
            .Produces<Paged<UserSummary>>();
}
