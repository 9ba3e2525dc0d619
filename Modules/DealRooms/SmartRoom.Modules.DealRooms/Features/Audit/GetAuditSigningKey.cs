using System.Security.Cryptography;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Features.Audit;

internal sealed record SigningKeyJwk(string Kty, string Crv, string X, string Y, string Kid, string Alg, string Use);

/// <summary>One checkpoint signing key: SubjectPublicKeyInfo (DER, base64), the same as PEM, and as a JWK.</summary>
internal sealed record SigningKeyView(string KeyId, string Algorithm, string Spki, string Pem, SigningKeyJwk Jwk);

/// <summary><c>activeKeyId</c> signs new checkpoints; <c>keys</c> holds it and those of retired master keys.</summary>
internal sealed record SigningKeys(string ActiveKeyId, IReadOnlyList<SigningKeyView> Keys);

/// <summary>
/// The public keys that verify audit checkpoints, so that anyone holding a checkpoint can check its signature
/// offline (ECDSA P-256, SHA-256, IEEE P1363 r‖s over the checkpoint's canonical bytes; docs/adr/0014).
/// </summary>
[RequiresUser]
internal sealed record GetAuditSigningKey : IQuery<Result<SigningKeys>>;

internal sealed class GetAuditSigningKeyHandler(AuditKeys keys) : IQueryHandler<GetAuditSigningKey, Result<SigningKeys>>
{
    public ValueTask<Result<SigningKeys>> Handle(GetAuditSigningKey query, CancellationToken cancellationToken)
    {
        var views = keys.KeyIds.OrderBy(id => id == keys.ActiveKeyId ? 0 : 1).ThenBy(id => id, StringComparer.Ordinal).Select(View).ToList();
        return ValueTask.FromResult<Result<SigningKeys>>(new SigningKeys(keys.ActiveKeyId, views));
    }

    private SigningKeyView View(string keyId)
    {
        using var key = keys.SigningKey(keyId)!;
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        return new SigningKeyView(keyId, "ES256", Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()), key.ExportSubjectPublicKeyInfoPem(),
            new SigningKeyJwk("EC", "P-256", Base64Url(point.X!), Base64Url(point.Y!), keyId, "ES256", "sig"));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

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
