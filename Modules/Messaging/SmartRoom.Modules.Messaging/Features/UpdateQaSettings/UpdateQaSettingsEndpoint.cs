namespace SmartRoom.Modules.Messaging.Features.UpdateQaSettings;

internal static class UpdateQaSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder qa) =>
        qa.MapPut("/settings", async (Guid roomId, UpdateQaSettingsBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateQaSettings(roomId, body.Categories, body.DueBusinessDays, body.DefaultGroupLimit, body.GroupLimits), ct))
                .ToHttp(_ => TypedResults.NoContent()))
            .WithName("UpdateQaSettings")
            .WithSummary("Managers: sets the room's Q&A categories, due business days, default and per-group question limits.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
