using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// A fresh random 256-bit key per document version, wrapped by the platform's Data Protection key ring
/// (persisted in the database, rotated by Data Protection). The key id names the wrapping scheme so
/// another (e.g. a KMS) can be added beside it.
/// </summary>
internal sealed class DocumentKeys(IDataProtectionProvider provider)
{
    public const string DataProtectionKeyId = "dp1";
    private readonly IDataProtector _protector = provider.CreateProtector("SmartRoom.DealRooms.DocumentKeys.v1");

    public (byte[] Key, byte[] Wrapped, string KeyId) New()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        return (key, _protector.Protect(key), DataProtectionKeyId);
    }

    public byte[] Unwrap(string keyId, byte[] wrapped) => keyId == DataProtectionKeyId
        ? _protector.Unprotect(wrapped)
        : throw new CryptographicException($"Unknown document key id '{keyId}'.");
}
