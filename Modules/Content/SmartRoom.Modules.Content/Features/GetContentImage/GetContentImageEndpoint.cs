using Microsoft.Net.Http.Headers;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Content.Features.GetContentImage;

internal static class GetContentImageEndpoint
{
    // Public: testimonial logos and photos are shown on the website; an image not shown publicly is found only by its
    // author and marketing (the handler decides, and answers 404 to everyone else).
    public static void Map(IEndpointRouteBuilder content) =>
        content.MapGet("/images/{imageId:guid}", async (Guid imageId, HttpContext http, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetContentImage(imageId), ct)).ToHttp(image =>
                {
                    http.Response.Headers.CacheControl = image.Public ? "public, max-age=86400" : "private, no-store";
                    return TypedResults.File(image.Bytes, image.ContentType,
                        entityTag: image.Public ? new EntityTagHeaderValue($"\"{image.Sha256}\"") : null);
                }))
            .WithName("GetContentImage")
            .WithSummary("An image (PNG, JPEG, WebP; or a signed consent as PDF) served with the type its bytes have. Cached a day when shown publicly.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png", additionalContentTypes: ["image/jpeg", "image/webp", "application/pdf"])
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Public();
}
