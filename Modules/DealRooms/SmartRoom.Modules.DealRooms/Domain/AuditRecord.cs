using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SmartRoom.Modules.DealRooms.Domain;

internal enum ActorKind
{
    Member,
    Manager,
    Support,
    System,
}

/// <summary>
/// One entry of a room's append-only audit trail. Each record holds the hash of the previous one, so an
/// edited, inserted or deleted record breaks the chain (see <see cref="AuditChain"/>).
/// </summary>
internal sealed class AuditRecord
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    /// <summary>1, 2, 3… per room; given when the record is saved (see <see cref="AuditChain.LinkAsync"/>).</summary>
    public long Seq { get; set; }

    /// <summary>Order of appending within one unit of work (not stored).</summary>
    public long AppendOrder { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? ActorId { get; init; }

    public ActorKind ActorKind { get; init; }

    public required string Action { get; init; }

    public required string TargetType { get; init; }

    public string? TargetId { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>Canonical JSON (keys as written by the caller, no whitespace).</summary>
    public required string Details { get; init; }

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>
    /// How <see cref="Hash"/> was computed: <see cref="AuditChain.PlainSha256"/> (records written before the chain
    /// was keyed) or <see cref="AuditChain.HmacSha256"/> (every record since).
    /// </summary>
    public int HashVersion { get; set; } = AuditChain.HmacSha256;

    /// <summary>The master key (<c>mk-…</c>) whose derived chain key computed a keyed hash; null for plain SHA-256.</summary>
    public string? KeyId { get; set; }
}

/// <summary>
/// The last place of a room's chain (seq and hash), MAC'd with a key derived from the master key and kept
/// apart from the records. Moved in the same transaction as every append, so deleting the newest records
/// (truncation) leaves a head that points past the end of the chain.
/// </summary>
internal sealed class AuditChainHead
{
    public Guid RoomId { get; init; }

    /// <summary>Seq of the room's last record (also the optimistic concurrency token of the head).</summary>
    public long Seq { get; set; }

    public string Hash { get; set; } = "";

    /// <summary>Records up to this seq may carry a plain SHA-256 hash (written before the chain was keyed); none after it.</summary>
    public long LegacyThroughSeq { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string KeyId { get; set; } = "";

    /// <summary>HMAC-SHA256 (hex) of <see cref="AuditChain.HeadBytes"/> under the head key of <see cref="KeyId"/>.</summary>
    public string Mac { get; set; } = "";
}

/// <summary>A signed statement "record <c>seq</c> of this room has hash <c>hash</c>", as issued to managers and by the daily job.</summary>
internal sealed class AuditCheckpoint
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public long Seq { get; init; }

    public required string Hash { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public required string KeyId { get; init; }

    /// <summary>ECDSA P-256 over SHA-256, IEEE P1363 (r ‖ s, 64 bytes), base64.</summary>
    public required string Signature { get; init; }
}

/// <summary>
/// The hash chain: a fixed canonical byte form of every field but the hash, chained record to record.
/// Records are keyed (<see cref="HmacSha256"/>: HMAC-SHA256 under a key derived from the master key), so
/// someone who can write to the database but does not hold the master key cannot re-hash an edited tail.
/// </summary>
internal static class AuditChain
{
    /// <summary>Hash version of records written before the chain was keyed: SHA-256 of the canonical bytes.</summary>
    public const int PlainSha256 = 1;

    /// <summary>Hash version of every record written since: HMAC-SHA256 of the same canonical bytes.</summary>
    public const int HmacSha256 = 2;

    /// <summary>What the first record of every room chains from.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>
    /// The canonical bytes: a JSON array in a fixed field order, UTF-8, ISO-8601 UTC with milliseconds, no
    /// whitespace, minimal escaping (quotes and backslashes as \" and \\, control characters as \uXXXX,
    /// text as UTF-8), so another implementation can reproduce them with any standard JSON writer.
    /// </summary>
    public static byte[] CanonicalBytes(string prevHash, long seq, Guid roomId, DateTimeOffset occurredAt, Guid? actorId, ActorKind actorKind,
        string action, string targetType, string? targetId, string? ipAddress, string? userAgent, string details)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteStringValue(prevHash);
            json.WriteNumberValue(seq);
            json.WriteStringValue(roomId.ToString("D"));
            json.WriteStringValue(occurredAt.UtcDateTime.ToString(Timestamp, CultureInfo.InvariantCulture));
            json.WriteStringValue(actorId?.ToString("D"));
            json.WriteStringValue(actorKind.ToString());
            json.WriteStringValue(action);
            json.WriteStringValue(targetType);
            json.WriteStringValue(targetId);
            json.WriteStringValue(ipAddress);
            json.WriteStringValue(userAgent);
            json.WriteStringValue(details);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>Version 1 (plain SHA-256): how records written before the chain was keyed were hashed.</summary>
    public static string HashOf(string prevHash, long seq, Guid roomId, DateTimeOffset occurredAt, Guid? actorId, ActorKind actorKind,
        string action, string targetType, string? targetId, string? ipAddress, string? userAgent, string details) =>
        Convert.ToHexStringLower(SHA256.HashData(
            CanonicalBytes(prevHash, seq, roomId, occurredAt, actorId, actorKind, action, targetType, targetId, ipAddress, userAgent, details)));

    /// <summary>Version 2 (HMAC-SHA256 under the chain key): how every record is hashed now.</summary>
    public static string KeyedHashOf(byte[] chainKey, string prevHash, long seq, Guid roomId, DateTimeOffset occurredAt, Guid? actorId,
        ActorKind actorKind, string action, string targetType, string? targetId, string? ipAddress, string? userAgent, string details) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(chainKey,
            CanonicalBytes(prevHash, seq, roomId, occurredAt, actorId, actorKind, action, targetType, targetId, ipAddress, userAgent, details)));

    /// <summary>The plain SHA-256 of a record at its stored seq.</summary>
    public static string HashOf(AuditRecord r) =>
        HashOf(r.PrevHash, r.Seq, r.RoomId, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId, r.IpAddress, r.UserAgent, r.Details);

    /// <summary>
    /// Whether the record's stored hash is what its fields give when it sits at <paramref name="seq"/>: keyed
    /// records need their key; plain ones count only where plain hashes are allowed (the legacy prefix).
    /// </summary>
    public static bool Authenticates(AuditRecord r, long seq, AuditKeys keys, bool plainAllowed)
    {
        switch (r.HashVersion)
        {
            case HmacSha256:
                var key = r.KeyId is null ? null : keys.ChainKey(r.KeyId);
                if (key is null)
                {
                    return false;
                }

                var expected = CanonicalBytes(r.PrevHash, seq, r.RoomId, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId,
                    r.IpAddress, r.UserAgent, r.Details);
                return FixedEquals(HMACSHA256.HashData(key, expected), r.Hash);
            case PlainSha256:
                return plainAllowed && HashOf(r.PrevHash, seq, r.RoomId, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId,
                    r.IpAddress, r.UserAgent, r.Details) == r.Hash;
            default:
                return false;
        }
    }

    /// <summary>The bytes a head's MAC covers: <c>["dealrooms.audit-head.v1", roomId, seq, hash, legacyThroughSeq]</c>, canonical as above.</summary>
    public static byte[] HeadBytes(Guid roomId, long seq, string hash, long legacyThroughSeq)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteStringValue("dealrooms.audit-head.v1");
            json.WriteStringValue(roomId.ToString("D"));
            json.WriteNumberValue(seq);
            json.WriteStringValue(hash);
            json.WriteNumberValue(legacyThroughSeq);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>Signs the head with the active key (after its seq, hash or legacy bound changed).</summary>
    public static void Seal(AuditChainHead head, AuditKeys keys)
    {
        head.KeyId = keys.ActiveKeyId;
        head.Mac = Convert.ToHexStringLower(HMACSHA256.HashData(keys.HeadKey(head.KeyId)!, HeadBytes(head.RoomId, head.Seq, head.Hash, head.LegacyThroughSeq)));
    }

    /// <summary>Whether the head's MAC is right under the key it names.</summary>
    public static bool IsAuthentic(AuditChainHead head, AuditKeys keys) =>
        keys.HeadKey(head.KeyId) is { } key
        && FixedEquals(HMACSHA256.HashData(key, HeadBytes(head.RoomId, head.Seq, head.Hash, head.LegacyThroughSeq)), head.Mac);

    /// <summary>
    /// The bytes a checkpoint's signature covers:
    /// <c>["smartroom.audit-checkpoint.v1", roomId, seq, hash, issuedAt, keyId]</c>, canonical as above.
    /// </summary>
    public static byte[] CheckpointBytes(Guid roomId, long seq, string hash, DateTimeOffset issuedAt, string keyId)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteStringValue("smartroom.audit-checkpoint.v1");
            json.WriteStringValue(roomId.ToString("D"));
            json.WriteNumberValue(seq);
            json.WriteStringValue(hash);
            json.WriteStringValue(issuedAt.UtcDateTime.ToString(Timestamp, CultureInfo.InvariantCulture));
            json.WriteStringValue(keyId);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    public static string Canonical(object? details) => JsonSerializer.Serialize(details ?? new { }, JsonSerializerOptions.Web);

    /// <summary>Millisecond precision: what every provider stores exactly, so hashes recompute after a round trip.</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static bool FixedEquals(byte[] computed, string storedHex)
    {
        if (storedHex.Length != computed.Length * 2)
        {
            return false;
        }

        byte[] stored;
        try
        {
            stored = Convert.FromHexString(storedHex);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(computed, stored);
    }

    /// <summary>
    /// Gives records about to be inserted their place at the end of their rooms' chains (seq, previous hash,
    /// keyed hash) and moves each room's head to the last of them. The place follows the head, or the last
    /// stored record if that is further on: records deleted from the end stay missing behind the head (and
    /// verification says so) instead of being silently replaced. Run again after a concurrent writer took the
    /// same place: the head is re-read each time.
    /// </summary>
    public static async Task LinkAsync(DbContext db, IReadOnlyList<AuditRecord> pending, AuditKeys keys, CancellationToken ct)
    {
        var heads = db.Set<AuditChainHead>();
        var stored = db.Set<AuditRecord>().AsNoTracking();
        foreach (var room in pending.GroupBy(r => r.RoomId))
        {
            foreach (var tracked in db.ChangeTracker.Entries<AuditChainHead>().Where(e => e.Entity.RoomId == room.Key).ToList())
            {
                tracked.State = EntityState.Detached;
            }

            var head = await heads.FirstOrDefaultAsync(h => h.RoomId == room.Key, ct);
            var last = await stored.Where(r => r.RoomId == room.Key).OrderByDescending(r => r.Seq)
                .Select(r => new { r.Seq, r.Hash }).FirstOrDefaultAsync(ct);
            long seq;
            string previous;
            if (head is not null && (last is null || head.Seq >= last.Seq))
            {
                (seq, previous) = (head.Seq, head.Hash);
            }
            else
            {
                (seq, previous) = (last?.Seq ?? 0, last?.Hash ?? Genesis);
            }

            if (head is null)
            {
                // First keyed append of the room: records so far (if any) were hashed without a key; they stay
                // as they are, and only they may keep a plain hash.
                head = new AuditChainHead { RoomId = room.Key, LegacyThroughSeq = await LegacyThroughAsync(stored, room.Key, seq, ct) };
                heads.Add(head);
            }

            foreach (var record in room.OrderBy(r => r.AppendOrder))
            {
                record.Seq = ++seq;
                record.PrevHash = previous;
                record.HashVersion = HmacSha256;
                record.KeyId = keys.ActiveKeyId;
                record.Hash = KeyedHashOf(keys.ChainKey(record.KeyId)!, record.PrevHash, record.Seq, record.RoomId, record.OccurredAt, record.ActorId,
                    record.ActorKind, record.Action, record.TargetType, record.TargetId, record.IpAddress, record.UserAgent, record.Details);
                previous = record.Hash;
                head.UpdatedAt = record.OccurredAt;
            }

            head.Seq = seq;
            head.Hash = previous;
            Seal(head, keys);
        }
    }

    /// <summary>A room's head written for the first time: the seq up to which its records carry plain hashes.</summary>
    public static async Task<long> LegacyThroughAsync(IQueryable<AuditRecord> stored, Guid roomId, long lastSeq, CancellationToken ct)
    {
        var firstKeyed = await stored.Where(r => r.RoomId == roomId && r.HashVersion != PlainSha256).MinAsync(r => (long?)r.Seq, ct);
        if (firstKeyed is not null)
        {
            return firstKeyed.Value - 1;
        }

        return await stored.AnyAsync(r => r.RoomId == roomId && r.HashVersion == PlainSha256, ct) ? lastSeq : 0;
    }
}
