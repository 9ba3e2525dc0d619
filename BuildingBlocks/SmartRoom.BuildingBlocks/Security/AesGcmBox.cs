using System.Security.Cryptography;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// One small secret sealed with AES-256-GCM as <c>nonce (12) ‖ ciphertext ‖ tag (16)</c>, a fresh random
/// nonce each time. The one format behind wrapped document keys, the encrypted key ring and sealed secrets.
/// </summary>
public static class AesGcmBox
{
    public const int Overhead = NonceSize + TagSize;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var box = new byte[Overhead + plaintext.Length];
        RandomNumberGenerator.Fill(box.AsSpan(0, NonceSize));
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(box.AsSpan(0, NonceSize), plaintext, box.AsSpan(NonceSize, plaintext.Length), box.AsSpan(NonceSize + plaintext.Length), associatedData);
        return box;
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when the box was altered or the key or associated data differ.</summary>
    public static byte[] Open(byte[] key, ReadOnlySpan<byte> box, ReadOnlySpan<byte> associatedData)
    {
        if (box.Length < Overhead)
        {
            throw new CryptographicException("A sealed value is too short.");
        }

        var plaintext = new byte[box.Length - Overhead];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(box[..NonceSize], box[NonceSize..^TagSize], box[^TagSize..], plaintext, associatedData);
        return plaintext;
    }
}
