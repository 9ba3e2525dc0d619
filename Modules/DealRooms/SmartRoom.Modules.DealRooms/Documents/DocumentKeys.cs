using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// <c>SmartRoom:Encryption</c>: a master key kept outside the database (environment, secret store) that
/// wraps every document key. Without one, document keys are wrapped by the Data Protection key ring,
/// which lives in the database — then a database dump and the blob folder together suffice to decrypt.
/// </summary>
internal sealed class EncryptionOptions
{
    public const string Section = "SmartRoom:Encryption";

    /// <summary>Base64 of 32 random bytes (<c>openssl rand -base64 32</c>); new versions are wrapped with it.</summary>
    public string? MasterKey { get; set; }

    /// <summary>Earlier master keys (base64), still able to unwrap the versions they wrapped.</summary>
    public List<string> RetiredMasterKeys { get; set; } = [];
}

/// <summary>
/// A fresh random 256-bit key per document version, wrapped by the configured master key (AES-256-GCM,
/// key id <c>mk-</c> + a fingerprint of the master key) or else by the platform's Data Protection key ring
/// (<c>dp1</c>). The key id stored with each version says which unwraps it, so master keys can be rotated
/// and the two schemes live side by side.
/// </summary>
internal sealed class DocumentKeys
{
    public const string DataProtectionKeyId = "dp1";
    private static readonly byte[] Context = Encoding.ASCII.GetBytes("SmartRoom.DealRooms.DocumentKey.v1");
    private readonly IDataProtector _protector;
    private readonly Dictionary<string, byte[]> _masterKeys = new(StringComparer.Ordinal);
    private readonly string? _activeMasterKeyId;

    public DocumentKeys(IDataProtectionProvider provider, IOptions<EncryptionOptions> options, ILogger<DocumentKeys> logger)
    {
        _protector = provider.CreateProtector("SmartRoom.DealRooms.DocumentKeys.v1");
        foreach (var encoded in options.Value.RetiredMasterKeys)
        {
            var retired = Decode(encoded);
            _masterKeys[IdOf(retired)] = retired;
        }

        if (options.Value.MasterKey is { Length: > 0 } active)
        {
            var key = Decode(active);
            _activeMasterKeyId = IdOf(key);
            _masterKeys[_activeMasterKeyId] = key;
        }
        else
        {
            logger.LogWarning("Document keys are wrapped by the Data Protection key ring, which is stored in the database: set {Section}:MasterKey " +
                "(kept outside the database) so that a database copy and the blob folder together cannot decrypt documents.", EncryptionOptions.Section);
        }
    }

    /// <summary>Whether document keys are wrapped by a master key from configuration (not by the database-held key ring).</summary>
    public bool UsesMasterKey => _activeMasterKeyId is not null;

    public (byte[] Key, byte[] Wrapped, string KeyId) New()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        return _activeMasterKeyId is { } id ? (key, Wrap(_masterKeys[id], key), id) : (key, _protector.Protect(key), DataProtectionKeyId);
    }

    public byte[] Unwrap(string keyId, byte[] wrapped)
    {
        if (keyId == DataProtectionKeyId)
        {
            return _protector.Unprotect(wrapped);
        }

        return _masterKeys.TryGetValue(keyId, out var master)
            ? UnwrapWith(master, wrapped)
            : throw new CryptographicException($"Document key id '{keyId}' names a master key that is not configured (SmartRoom:Encryption).");
    }

    private static byte[] Wrap(byte[] master, byte[] key)
    {
        // nonce ‖ ciphertext ‖ tag
        var wrapped = new byte[12 + key.Length + 16];
        RandomNumberGenerator.Fill(wrapped.AsSpan(0, 12));
        using var aes = new AesGcm(master, 16);
        aes.Encrypt(wrapped.AsSpan(0, 12), key, wrapped.AsSpan(12, key.Length), wrapped.AsSpan(12 + key.Length), Context);
        return wrapped;
    }

    private static byte[] UnwrapWith(byte[] master, byte[] wrapped)
    {
        if (wrapped.Length != 12 + 32 + 16)
        {
            throw new CryptographicException("A wrapped document key has the wrong length.");
        }

        var key = new byte[32];
        using var aes = new AesGcm(master, 16);
        aes.Decrypt(wrapped.AsSpan(0, 12), wrapped.AsSpan(12, 32), wrapped.AsSpan(44), key, Context);
        return key;
    }

    private static byte[] Decode(string encoded)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(encoded.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{EncryptionOptions.Section}: a master key is not valid base64.");
        }

        return key.Length == 32 ? key : throw new InvalidOperationException($"{EncryptionOptions.Section}: a master key must be 32 bytes (base64 of 32 random bytes).");
    }

    /// <summary>"mk-" and 16 hex digits of the key's SHA-256: names the key without revealing it.</summary>
    private static string IdOf(byte[] master) => "mk-" + Convert.ToHexStringLower(SHA256.HashData(master))[..16];
}
