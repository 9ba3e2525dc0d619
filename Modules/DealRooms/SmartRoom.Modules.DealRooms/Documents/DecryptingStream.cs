using System.Buffers;
using System.Security.Cryptography;

namespace SmartRoom.Modules.DealRooms.Documents;

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

    /// <summary>Moves as <see cref="Position"/> does (clamped to the content) and answers where it now is.</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Length + offset,
        };
        return Position;
    }

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
