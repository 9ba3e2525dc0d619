namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Reads one entry's decompressed bytes and counts them as they come: past the shared budget, past the
/// size the entry declared, or (above <see cref="ZipLimits.RatioThreshold"/>) more than
/// <see cref="ZipLimits.MaxRatio"/> times its compressed size, it stops with <see cref="ZipRefusedException"/>.
/// The compressed size bounds what the decompressor may consume (it reads a window of that length).
/// </summary>
internal sealed class ZipEntryGuard(Stream inner, string entryName, long compressedLength, long declaredLength, ZipBudget budget) : ForwardReadStream
{
    private long _read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Count(read);
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Count(read);
        return read;
    }

    private void Count(int read)
    {
        _read += read;
        budget.Take(read);
        if (_read > declaredLength)
        {
            throw new ZipRefusedException(ZipLimits.Invalid($"'{entryName}' holds more than the {declaredLength} bytes it declares."));
        }

        if (_read > ZipLimits.RatioThreshold && _read > ZipLimits.MaxRatio * Math.Max(1, compressedLength))
        {
            throw new ZipRefusedException(ZipLimits.Bomb(
                $"'{entryName}' expands more than {ZipLimits.MaxRatio} times its compressed size; the zip is refused as a likely zip bomb."));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
