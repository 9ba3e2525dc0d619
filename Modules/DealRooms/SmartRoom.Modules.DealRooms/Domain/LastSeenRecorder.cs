using System.Threading.Channels;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Where <see cref="RoomAccess"/> leaves "this member was here" (singleton, in memory, not durable): the
/// request that entered writes nothing; <see cref="LastSeenWriter"/> records it afterwards, in its own scope.
/// A crash may lose the last minute's sightings — a hint for reports, not a record (the audit trail is that).
/// </summary>
internal sealed class LastSeenRecorder
{
    private readonly Channel<MemberSeen> _seen = Channel.CreateBounded<MemberSeen>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long _pending;

    internal ChannelReader<MemberSeen> Reader => _seen.Reader;

    public void Post(MemberSeen seen)
    {
        Interlocked.Increment(ref _pending);
        if (!_seen.Writer.TryWrite(seen))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    internal void Done() => Interlocked.Decrement(ref _pending);

    /// <summary>Waits until every sighting posted so far is recorded (tests; shutdown).</summary>
    public async Task IdleAsync(CancellationToken ct = default)
    {
        while (Interlocked.Read(ref _pending) > 0)
        {
            await Task.Delay(10, ct);
        }
    }
}
