using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GiveConsents;

internal static class GiveConsentsEndpoint
{
    internal sealed record Body(IReadOnlyList<ConsentChoice>? Decisions);

    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPost("/consents", async (Body body, HttpContext http, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GiveConsents(body.Decisions ?? [], http.Connection.RemoteIpAddress?.ToString(),
                    http.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : null), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("GiveConsents")
            .WithSummary("Give or withdraw consent: {decisions: [{purpose, granted}]}; each decision is a new record of the ledger.")
            .Produces<MyConsentsView>()
            .ProducesValidationProblem();
}
