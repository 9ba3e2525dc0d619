namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>Replays bytes already read (for sniffing) before the rest of the body.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : ForwardReadStream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefix.Length > 0)
        {
            var count = Math.Min(buffer.Length, _prefix.Length);
            _prefix[..count].CopyTo(buffer);
            _prefix = _prefix[count..];
            return count;
        }

        return await rest.ReadAsync(buffer, cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
}
