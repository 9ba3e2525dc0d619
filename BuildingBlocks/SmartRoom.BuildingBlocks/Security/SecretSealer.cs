using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Seals a live secret (a confirmation or reset code, an invitation token, a rendered email that holds
/// one) so it can travel in an integration event or wait in a table without being readable there:
/// AES-256-GCM with a key derived from the master key for the given purpose, the purpose bound as
/// associated data so a sealed value cannot be replayed under another purpose. Format:
/// <c>sr1.&lt;master key id&gt;.&lt;base64url(nonce ‖ ciphertext ‖ tag)&gt;</c>.
/// </summary>
public sealed class SecretSealer(PlatformKeys keys)
{
    private const string Prefix = "sr1.";

    public string Seal(string purpose, string secret) => Convert.ToBase64String(SealBytes(purpose, Encoding.UTF8.GetBytes(secret)));

    public string Unseal(string purpose, string sealedSecret) => Encoding.UTF8.GetString(UnsealBytes(purpose, Convert.FromBase64String(sealedSecret)));

    public byte[] SealBytes(string purpose, ReadOnlySpan<byte> secret)
    {
        var keyId = Encoding.ASCII.GetBytes(Prefix + keys.ActiveKeyId + ".");
        return [.. keyId, .. AesGcmBox.Seal(Key(keys.ActiveKeyId, purpose), secret, Encoding.UTF8.GetBytes(purpose))];
    }

    public byte[] UnsealBytes(string purpose, ReadOnlySpan<byte> sealedSecret)
    {
        var text = Encoding.ASCII.GetString(sealedSecret[..Math.Min(sealedSecret.Length, 40)]);
        var dot = text.IndexOf('.', Prefix.Length);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || dot < 0)
        {
            throw new CryptographicException("Not a sealed secret.");
        }

        return AesGcmBox.Open(Key(text[Prefix.Length..dot], purpose), sealedSecret[(dot + 1)..], Encoding.UTF8.GetBytes(purpose));
    }

    private byte[] Key(string keyId, string purpose) =>
        keys.Derive(keyId, "sealed-secret/" + purpose)
        ?? throw new CryptographicException($"The master key '{keyId}' that sealed this secret is not configured ({PlatformKeys.Section}).");
}
