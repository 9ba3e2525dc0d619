using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Each room's Messaging data key (<see cref="RoomKey"/>): made when Messaging first learns of the room, wrapped by
/// the active master key (<see cref="PlatformKeys"/>), unwrapped with whichever master key wrapped it, so master
/// keys can be rotated. Unwrapped keys are kept in memory for a few minutes to spare reading them for every row.
/// </summary>
internal sealed class RoomKeys(MessagingDbContext db, PlatformKeys keys, TimeProvider clock, RoomKeyCache cache)
{
    private static readonly byte[] Context = Encoding.ASCII.GetBytes("SmartRoom.Messaging.RoomKey.v1");

    /// <summary>Adds a key for the room to the unit of work unless it has one (saved by the caller).</summary>
    public async Task EnsureAsync(Guid roomId, CancellationToken ct)
    {
        if (db.RoomKeys.Local.Any(k => k.RoomId == roomId) || await db.RoomKeys.AnyAsync(k => k.RoomId == roomId, ct))
        {
            return;
        }

        var key = RandomNumberGenerator.GetBytes(32);
        db.RoomKeys.Add(new RoomKey
        {
            RoomId = roomId,
            KeyId = keys.ActiveKeyId,
            Wrapped = AesGcmBox.Seal(keys.ActiveMasterKey, key, Context),
            CreatedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>The room's unwrapped key; throws when the room has none (Messaging never learnt of it).</summary>
    public async Task<byte[]> KeyAsync(Guid roomId, CancellationToken ct)
    {
        if (cache.TryGet(roomId, clock.GetUtcNow()) is { } cached)
        {
            return cached;
        }

        var stored = db.RoomKeys.Local.FirstOrDefault(k => k.RoomId == roomId)
            ?? await db.RoomKeys.AsNoTracking().SingleOrDefaultAsync(k => k.RoomId == roomId, ct)
            ?? throw new InvalidOperationException($"Room {roomId} has no Messaging key.");
        var master = keys.MasterKey(stored.KeyId)
            ?? throw new CryptographicException($"Room key id '{stored.KeyId}' names a master key that is not configured ({PlatformKeys.Section}).");
        var key = AesGcmBox.Open(master, stored.Wrapped, Context);
        cache.Put(roomId, key, clock.GetUtcNow());
        return key;
    }

    /// <summary>Seals <paramref name="text"/> for one field of one item of the room.</summary>
    public async Task<byte[]> SealAsync(Guid roomId, Guid itemId, string field, string text, CancellationToken ct) =>
        SealedText.Seal(await KeyAsync(roomId, ct), itemId, field, text);

    /// <summary>Opens what <see cref="SealAsync"/> sealed; throws when it was altered or moved to another item or field.</summary>
    public async Task<string> OpenAsync(Guid roomId, Guid itemId, string field, byte[] sealedText, CancellationToken ct) =>
        SealedText.Open(await KeyAsync(roomId, ct), itemId, field, sealedText);
}
