using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// The streaming encrypted blob format ("STREAM" construction, as in Tink's streaming AEAD and age):
/// <code>
/// header:  "SRB1" | version (1) | chunk size (uint32 BE) | key id (uint16 BE length + UTF-8) | wrapped DEK (uint16 BE length + bytes) | nonce prefix (7)
/// chunk i: AES-256-GCM(DEK, nonce = prefix ‖ uint32_be(i) ‖ last_flag, plaintext_i) = ciphertext_i ‖ tag_i (16)
/// </code>
/// Every chunk is authenticated before a byte of it is used; the last chunk carries last_flag = 1, so a
/// truncated blob fails; chunk numbers are in the nonce, so chunks cannot be reordered or swapped.
/// </summary>
internal static class EncryptedBlobFormat
{
    public const int ChunkSize = 64 * 1024;
    public const int TagSize = 16;
    public const int NoncePrefixSize = 7;
    private static readonly byte[] Magic = "SRB1"u8.ToArray();
    private const byte Version = 1;

    public static byte[] Header(string keyId, byte[] wrappedKey, byte[] noncePrefix)
    {
        var id = Encoding.UTF8.GetBytes(keyId);
        var header = new byte[Magic.Length + 1 + 4 + 2 + id.Length + 2 + wrappedKey.Length + NoncePrefixSize];
        var span = header.AsSpan();
        Magic.CopyTo(span);
        span[4] = Version;
        BinaryPrimitives.WriteUInt32BigEndian(span[5..], ChunkSize);
        BinaryPrimitives.WriteUInt16BigEndian(span[9..], (ushort)id.Length);
        id.CopyTo(span[11..]);
        var at = 11 + id.Length;
        BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)wrappedKey.Length);
        wrappedKey.CopyTo(span[(at + 2)..]);
        noncePrefix.CopyTo(span[(at + 2 + wrappedKey.Length)..]);
        return header;
    }

    public static (int HeaderLength, int ChunkSize, string KeyId, byte[] WrappedKey, byte[] NoncePrefix) ReadHeader(Stream blob)
    {
        var fixedPart = new byte[11];
        blob.ReadExactly(fixedPart);
        if (!fixedPart.AsSpan(0, 4).SequenceEqual(Magic) || fixedPart[4] != Version)
        {
            throw new CryptographicException("Not an SRB1 blob.");
        }

        var chunkSize = (int)BinaryPrimitives.ReadUInt32BigEndian(fixedPart.AsSpan(5));
        var id = new byte[BinaryPrimitives.ReadUInt16BigEndian(fixedPart.AsSpan(9))];
        blob.ReadExactly(id);
        var length = new byte[2];
        blob.ReadExactly(length);
        var wrapped = new byte[BinaryPrimitives.ReadUInt16BigEndian(length)];
        blob.ReadExactly(wrapped);
        var prefix = new byte[NoncePrefixSize];
        blob.ReadExactly(prefix);
        return (11 + id.Length + 2 + wrapped.Length + NoncePrefixSize, chunkSize, Encoding.UTF8.GetString(id), wrapped, prefix);
    }

    public static void Nonce(Span<byte> nonce, ReadOnlySpan<byte> prefix, long chunk, bool last)
    {
        prefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[NoncePrefixSize..], checked((uint)chunk));
        nonce[11] = last ? (byte)1 : (byte)0;
    }

    /// <summary>
    /// Encrypts <paramref name="plaintext"/> into <paramref name="blob"/> chunk by chunk, hashing the plaintext
    /// on the way. Memory: two pooled chunk buffers, whatever the size. Stops with <see cref="PayloadTooLargeException"/>
    /// past <paramref name="maxBytes"/>.
    /// </summary>
    /// <param name="pool">Where the chunk buffers come from (the shared pool unless a test watches).</param>
    public static async Task<(long Size, string Sha256)> EncryptAsync(Stream plaintext, Stream blob, byte[] dek, byte[] header, byte[] noncePrefix,
        long maxBytes, CancellationToken ct, ArrayPool<byte>? pool = null)
    {
        pool ??= ArrayPool<byte>.Shared;
        await blob.WriteAsync(header, ct);
        using var aes = new AesGcm(dek, TagSize);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var current = pool.Rent(ChunkSize);
        var next = pool.Rent(ChunkSize);
        var output = pool.Rent(ChunkSize + TagSize);
        try
        {
            var currentLength = await FillAsync(plaintext, current, ct);
            long size = currentLength;
            long chunk = 0;
            var nonce = new byte[12];
            while (true)
            {
                var nextLength = currentLength == ChunkSize ? await FillAsync(plaintext, next, ct) : 0;
                size += nextLength;
                if (size > maxBytes)
                {
                    throw new PayloadTooLargeException(maxBytes);
                }

                var last = nextLength == 0;
                sha.AppendData(current, 0, currentLength);
                Nonce(nonce, noncePrefix, chunk, last);
                aes.Encrypt(nonce, current.AsSpan(0, currentLength), output.AsSpan(0, currentLength), output.AsSpan(currentLength, TagSize));
                await blob.WriteAsync(output.AsMemory(0, currentLength + TagSize), ct);
                if (last)
                {
                    return (size, Convert.ToHexStringLower(sha.GetHashAndReset()));
                }

                (current, next) = (next, current);
                currentLength = nextLength;
                chunk++;
            }
        }
        finally
        {
            // The chunk buffers held plaintext: wiped before the pool hands them to anyone else, however we got here
            // (the output one too, so that no buffer of ours goes back with anything in it).
            CryptographicOperations.ZeroMemory(current);
            CryptographicOperations.ZeroMemory(next);
            CryptographicOperations.ZeroMemory(output);
            pool.Return(current);
            pool.Return(next);
            pool.Return(output);
        }
    }

    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < ChunkSize)
        {
            var read = await source.ReadAsync(buffer.AsMemory(filled, ChunkSize - filled), ct);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
