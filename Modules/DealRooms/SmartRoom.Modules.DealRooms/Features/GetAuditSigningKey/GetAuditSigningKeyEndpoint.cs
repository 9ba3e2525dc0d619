namespace SmartRoom.Modules.DealRooms.Features.GetAuditSigningKey;

internal static class GetAuditSigningKeyEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/audit/signing-key", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetAuditSigningKey(), ct)).ToHttp(k => TypedResults.Ok(k)))
            .WithTags("Deal rooms")
            .RequireAuthorization()
            .WithName("GetAuditSigningKey")
            .WithSummary("{activeKeyId, keys:[{keyId, algorithm: ES256, spki, pem, jwk}]}: the public keys that verify audit checkpoints.")
            .Produces<SigningKeys>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
