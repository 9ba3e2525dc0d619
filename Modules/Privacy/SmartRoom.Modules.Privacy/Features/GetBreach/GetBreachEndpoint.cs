namespace SmartRoom.Modules.Privacy.Features.GetBreach;

internal static class GetBreachEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapGet("/{breachId:guid}", async (Guid breachId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetBreach(breachId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetBreach")
            .WithSummary("A breach: its current state and every entry of its history (each with the full state after it).")
            .Produces<BreachDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
