namespace SmartRoom.Modules.DealRooms.Features.GetAuditSigningKey;

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
