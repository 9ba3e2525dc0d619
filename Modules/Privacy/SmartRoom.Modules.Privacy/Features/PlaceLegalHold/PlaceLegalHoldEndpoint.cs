using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.PlaceLegalHold;

internal static class PlaceLegalHoldEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/legal-holds", async (PlaceLegalHoldBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new PlaceLegalHold(body.Scope, body.Reason, body.AuthorisedBy, body.ReviewAt), ct))
                .ToHttp(r => TypedResults.Created((string?)null, r)))
            .WithName("PlaceLegalHold")
            .WithSummary("Place a legal hold on a user, a room or a category: retention keeps what it covers until it is released.")
            .Produces<LegalHoldView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
