using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListModerationRecords;

internal static class ListModerationRecordsEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapGet("/records", async (string? targetKind, Guid? targetId, string? action, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListModerationRecords(targetKind, targetId, action, page ?? 1, pageSize ?? 50), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListModerationRecords")
            .WithSummary("Marketing: the moderation record, newest first; filters targetKind, targetId, action.")
            .Produces<Paged<ModerationRecordView>>()
            .ProducesValidationProblem();
}
