namespace SmartRoom.Modules.DealRooms.Features.GetAuditSigningKey;

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
