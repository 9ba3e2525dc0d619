using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.NotifyAffectedPeople;

internal static class NotifyAffectedPeopleEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapPost("/{breachId:guid}/notify-affected", async (Guid breachId, NotifyAffectedPeopleBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new NotifyAffectedPeople(breachId, body.Message), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("NotifyAffectedPeople")
            .WithSummary("Email each selected person not told yet a plain-language breach notice; a processor's client room needs its controllers told first.")
            .Produces<NoticesSent>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
