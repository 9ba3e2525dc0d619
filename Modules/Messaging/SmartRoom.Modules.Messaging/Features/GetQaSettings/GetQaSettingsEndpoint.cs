namespace SmartRoom.Modules.Messaging.Features.GetQaSettings;

internal static class GetQaSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder qa) =>
        qa.MapGet("/settings", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetQaSettings(roomId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("GetQaSettings")
            .WithSummary("Managers: the room's Q&A categories, due days and per-group question limits.")
            .Produces<QaSettingsView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
