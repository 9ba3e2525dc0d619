namespace SmartRoom.Modules.Privacy.Features.SelectAffectedPeople;

internal static class SelectAffectedPeopleEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapPost("/{breachId:guid}/affected/select", async (Guid breachId, SelectAffectedPeopleBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SelectAffectedPeople(breachId, body.RoomId, body.From, body.To), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("SelectAffectedPeople")
            .WithSummary("Select as affected everyone the room's audit trail shows acting there between from and to.")
            .Produces<AffectedSelection>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
