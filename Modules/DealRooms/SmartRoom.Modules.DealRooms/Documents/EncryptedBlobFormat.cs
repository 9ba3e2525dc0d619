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

internal sealed class PayloadTooLargeException(long maxBytes) : Exception($"The upload is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>
/// Reads the plaintext of an SRB1 blob as a seekable stream (so HTTP range requests work): a position maps
/// to a chunk, the chunk is read, authenticated and decrypted, and only then served.
/// </summary>
internal sealed class DecryptingStream : Stream
{
    private readonly Stream _blob;
    private readonly AesGcm _aes;
    private readonly byte[] _noncePrefix;
    private readonly int _headerLength;
    private readonly int _chunkSize;
    private readonly long _chunks;
    private readonly byte[] _cipher;
    private readonly byte[] _plain;
    private readonly ArrayPool<byte> _pool;
    private long _loadedChunk = -1;
    private int _loadedLength;
    private long _position;
    private bool _disposed;

    /// <param name="pool">Where the chunk buffers come from (the shared pool unless a test watches).</param>
    public DecryptingStream(Stream blob, byte[] dek, long plaintextLength, int headerLength, int chunkSize, byte[] noncePrefix, ArrayPool<byte>? pool = null)
    {
        _pool = pool ?? ArrayPool<byte>.Shared;
        _blob = blob;
        _aes = new AesGcm(dek, EncryptedBlobFormat.TagSize);
        _noncePrefix = noncePrefix;
        _headerLength = headerLength;
        _chunkSize = chunkSize;
        Length = plaintextLength;
        _chunks = Math.Max(1, (plaintextLength + chunkSize - 1) / chunkSize);
        _cipher = _pool.Rent(chunkSize + EncryptedBlobFormat.TagSize);
        _plain = _pool.Rent(chunkSize);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= Length || buffer.Length == 0)
        {
            return 0;
        }

        var chunk = _position / _chunkSize;
        if (chunk != _loadedChunk)
        {
            await LoadAsync(chunk, cancellationToken);
        }

        var within = (int)(_position - (chunk * _chunkSize));
        var count = Math.Min(buffer.Length, _loadedLength - within);
        _plain.AsMemory(within, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private async Task LoadAsync(long chunk, CancellationToken ct)
    {
        var last = chunk == _chunks - 1;
        var plainLength = last ? (int)(Length - (chunk * _chunkSize)) : _chunkSize;
        _blob.Seek(_headerLength + (chunk * (_chunkSize + EncryptedBlobFormat.TagSize)), SeekOrigin.Begin);
        await _blob.ReadExactlyAsync(_cipher.AsMemory(0, plainLength + EncryptedBlobFormat.TagSize), ct);
        var nonce = new byte[12];
        EncryptedBlobFormat.Nonce(nonce, _noncePrefix, chunk, last);
        // Throws AuthenticationTagMismatchException on any tampering, before a byte of the chunk is served.
        _aes.Decrypt(nonce, _cipher.AsSpan(0, plainLength), _cipher.AsSpan(plainLength, EncryptedBlobFormat.TagSize), _plain.AsSpan(0, plainLength));
        _loadedChunk = chunk;
        _loadedLength = plainLength;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // Once only: ASP.NET Core's file results dispose the stream twice, and a buffer returned to the shared
        // pool twice would be handed to two renters at once (one response's bytes showing up in another's).
        if (disposing && !_disposed)
        {
            _disposed = true;
            _aes.Dispose();
            _blob.Dispose();
            // The last chunk read is still in _plain: wiped before the pool hands it to anyone else (and _cipher with it).
            CryptographicOperations.ZeroMemory(_plain);
            CryptographicOperations.ZeroMemory(_cipher);
            _pool.Return(_cipher);
            _pool.Return(_plain);
        }

        base.Dispose(disposing);
    }
}
