using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Privacy.Features.ListConsentPurposes;

internal static class ListConsentPurposesEndpoint
{
    // Public: the cookie banner and the sign-up form show these texts before anyone has an account.
    public static void Map(IEndpointRouteBuilder privacy) =>
        privacy.MapGet("/purposes", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListConsentPurposes(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListConsentPurposes")
            .WithSummary("The purposes consent is asked for, each in its current version, and the strictly necessary cookies (not consentable).")
            .Produces<ConsentPurposeList>()
            .Public();
}
