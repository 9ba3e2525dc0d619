using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListAudit;

internal static class ListAuditEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/audit", async (Guid? userId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListAudit(userId, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListAccountAudit")
            .WithSummary("Role changes, locks and 2FA requirements, newest first.")
            .Produces<Paged<AuditRecord>>();
}
