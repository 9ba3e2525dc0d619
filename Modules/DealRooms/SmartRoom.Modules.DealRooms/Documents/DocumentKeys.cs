using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// A fresh random 256-bit key per document version, wrapped by the platform's master key
/// (<see cref="PlatformKeys"/>: <c>SmartRoom:Encryption:MasterKey</c>, kept outside the database) with
/// AES-256-GCM; the key id (<c>mk-</c> + a fingerprint of the master key) stored with each version says
/// which master key unwraps it, so master keys can be rotated (<c>RetiredMasterKeys</c>). Versions written
/// before key custody was introduced were wrapped by the Data Protection key ring (<c>dp1</c>); they still unwrap.
/// </summary>
internal sealed class DocumentKeys(IDataProtectionProvider provider, PlatformKeys keys)
{
    public const string DataProtectionKeyId = "dp1";
    private static readonly byte[] Context = Encoding.ASCII.GetBytes("SmartRoom.DealRooms.DocumentKey.v1");
    private readonly IDataProtector _protector = provider.CreateProtector("SmartRoom.DealRooms.DocumentKeys.v1");

    public (byte[] Key, byte[] Wrapped, string KeyId) New()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        return (key, Wrap(keys.ActiveMasterKey, key), keys.ActiveKeyId);
    }

    public byte[] Unwrap(string keyId, byte[] wrapped)
    {
        if (keyId == DataProtectionKeyId)
        {
            return _protector.Unprotect(wrapped);
        }

        return keys.MasterKey(keyId) is { } master
            ? UnwrapWith(master, wrapped)
            : throw new CryptographicException($"Document key id '{keyId}' names a master key that is not configured ({PlatformKeys.Section}).");
    }

    private static byte[] Wrap(byte[] master, byte[] key) => AesGcmBox.Seal(master, key, Context);

    private static byte[] UnwrapWith(byte[] master, byte[] wrapped) =>
        wrapped.Length == AesGcmBox.Overhead + 32
            ? AesGcmBox.Open(master, wrapped, Context)
            : throw new CryptographicException("A wrapped document key has the wrong length.");

    /// <summary>Wraps a key with the Data Protection ring as versions before key custody were (tests of the legacy path).</summary>
    internal byte[] WrapLegacy(byte[] key) => _protector.Protect(key);
}
