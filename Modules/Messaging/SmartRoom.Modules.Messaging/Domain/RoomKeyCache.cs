using System.Collections.Concurrent;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Unwrapped room keys for a few minutes (a singleton beside the scoped <see cref="RoomKeys"/>).</summary>
internal sealed class RoomKeyCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<Guid, (byte[] Key, DateTimeOffset Until)> _keys = new();

    public byte[]? TryGet(Guid roomId, DateTimeOffset now) =>
        _keys.TryGetValue(roomId, out var entry) && entry.Until > now ? entry.Key : null;

    public void Put(Guid roomId, byte[] key, DateTimeOffset now)
    {
        if (_keys.Count > 10_000)
        {
            _keys.Clear();
        }

        _keys[roomId] = (key, now + Lifetime);
    }
}
