using System.Security.Cryptography;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// An authenticator app in a few lines (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits), on the system clock: the
/// one ASP.NET Identity's authenticator token provider verifies codes against (it does not read the host's
/// <see cref="TimeProvider"/>), so a test that moves the fixture's test clock still sends valid codes.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, int stepOffset = 0)
    {
        var key = Base32(base32Key);
        var step = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30 + stepOffset;
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in text.TrimEnd('=').ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal))
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((value >> (bits - 8)) & 0xFF));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
