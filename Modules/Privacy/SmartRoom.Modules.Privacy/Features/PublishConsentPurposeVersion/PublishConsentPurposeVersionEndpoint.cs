namespace SmartRoom.Modules.Privacy.Features.PublishConsentPurposeVersion;

internal static class PublishConsentPurposeVersionEndpoint
{
    internal sealed record Body(string? Title, string? Text, bool? Material);

    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/purposes/{key}/versions", async (string key, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new PublishConsentPurposeVersion(key, body.Title ?? "", body.Text ?? "", body.Material ?? false), ct))
                .ToHttp(r => TypedResults.Created($"/api/privacy/purposes#{r.Key}-{r.Version}", r)))
            .WithName("PublishConsentPurposeVersion")
            .WithSummary("Publish a new version of a purpose's notice text; a material one makes consent to older versions needs-reconsent.")
            .Produces<PublishedPurposeVersion>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
