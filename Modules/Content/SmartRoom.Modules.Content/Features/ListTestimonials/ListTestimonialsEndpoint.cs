using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Content.Features.ListTestimonials;

internal static class ListTestimonialsEndpoint
{
    // Public: the published testimonials are what the website shows to everyone.
    public static void Map(IEndpointRouteBuilder testimonials) =>
        testimonials.MapGet("/testimonials", async (HttpContext http, IOptions<JsonOptions> json, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListTestimonials(), ct)).ToHttp(list =>
                {
                    var body = JsonSerializer.SerializeToUtf8Bytes(list, json.Value.SerializerOptions);
                    var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
                    http.Response.Headers.CacheControl = "public, max-age=60";
                    http.Response.Headers.ETag = etag;
                    return PublicCaching.HoldsCurrent(http.Request, etag)
                        ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
                        : TypedResults.Bytes(body, "application/json; charset=utf-8");
                }))
            .WithName("ListTestimonials")
            .WithSummary("The published testimonials, featured first, then by position: each with only what its consent allows. ETag, cached 60 s.")
            .Produces<PublicTestimonialList>()
            .Produces(StatusCodes.Status304NotModified)
            .Public();
}
