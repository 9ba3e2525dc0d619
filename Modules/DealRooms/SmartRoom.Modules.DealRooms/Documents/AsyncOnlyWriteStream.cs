namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Lets <see cref="System.IO.Compression.ZipArchive"/> write to a response body, which allows only
/// asynchronous writes: the archive writes the small headers of an entry it finishes on its own (when the
/// next entry is created) synchronously, and so is whatever an entry's deflater still holds when the
/// entry's stream is disposed; those bytes are held here until the next asynchronous write or
/// <see cref="FlushAsync(CancellationToken)"/>. Flush an entry's stream asynchronously before disposing it
/// and only headers and a few bytes of the last deflate block are ever held. Entry data is written
/// asynchronously and passes straight through. The target is left open.
/// </summary>
internal sealed class AsyncOnlyWriteStream(Stream target) : Stream
{
    private readonly MemoryStream _pending = new();

    /// <summary>The most bytes ever held at once (headers only, so a few hundred).</summary>
    public long LargestPending { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        LargestPending = Math.Max(LargestPending, _pending.Length);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await WritePendingAsync(cancellationToken);
        await target.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await WritePendingAsync(cancellationToken);
        await target.FlushAsync(cancellationToken);
    }

    /// <summary>Nothing to do synchronously: held bytes go out with the next asynchronous write or flush.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task WritePendingAsync(CancellationToken ct)
    {
        if (_pending.Length == 0)
        {
            return;
        }

        await target.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        _pending.SetLength(0);
    }
}
