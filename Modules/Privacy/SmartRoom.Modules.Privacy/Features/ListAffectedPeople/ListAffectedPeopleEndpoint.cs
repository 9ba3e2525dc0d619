namespace SmartRoom.Modules.Privacy.Features.ListAffectedPeople;

internal static class ListAffectedPeopleEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapGet("/{breachId:guid}/affected", async (Guid breachId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListAffectedPeople(breachId, page ?? 1, pageSize ?? 100), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListAffectedPeople")
            .WithSummary("The people selected as affected, with the delivery of their notice, and the controllers told.")
            .Produces<AffectedPeople>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
