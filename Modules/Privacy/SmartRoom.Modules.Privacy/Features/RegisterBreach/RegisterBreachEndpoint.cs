using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.RegisterBreach;

internal static class RegisterBreachEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapPost("", async (RegisterBreach body, ISender sender, CancellationToken ct) =>
                (await sender.Send(body, ct)).ToHttp(r => TypedResults.Created($"/api/admin/privacy/breaches/{r.Id}", r)))
            .WithName("RegisterBreach")
            .WithSummary("Record a personal-data breach; the supervisory authority is due to be told 72 hours after awareAt (saDueAt).")
            .Produces<BreachView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
