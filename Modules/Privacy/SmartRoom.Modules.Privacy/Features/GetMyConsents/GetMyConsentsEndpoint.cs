using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetMyConsents;

internal static class GetMyConsentsEndpoint
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapGet("/consents", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetMyConsents(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetMyConsents")
            .WithSummary("Your consent to each purpose: granted, withdrawn, needs-reconsent or not-asked, the version you answered and when.")
            .Produces<MyConsentsView>();
}
