using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// The hash chain: the canonical bytes of every field but the hash (<see cref="AuditCanonicalForm"/>), chained
/// record to record. Records are keyed (<see cref="HmacSha256"/>: HMAC-SHA256 under a key derived from the
/// master key), so someone who can write to the database but does not hold the master key cannot re-hash an
/// edited tail. New records take their place in <see cref="AuditChainLinker"/>.
/// </summary>
internal static class AuditChain
{
    /// <summary>Hash version of records written before the chain was keyed: SHA-256 of the canonical bytes.</summary>
    public const int PlainSha256 = 1;

    /// <summary>Hash version of every record written since: HMAC-SHA256 of the same canonical bytes.</summary>
    public const int HmacSha256 = 2;

    /// <summary>What the first record of every room chains from.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Version 1 (plain SHA-256): how records written before the chain was keyed were hashed.</summary>
    public static string HashOf(string prevHash, long seq, Guid roomId, DateTimeOffset occurredAt, Guid? actorId, ActorKind actorKind,
        string action, string targetType, string? targetId, string? ipAddress, string? userAgent, string details) =>
        Convert.ToHexStringLower(SHA256.HashData(
            AuditCanonicalForm.Record(prevHash, seq, roomId, occurredAt, actorId, actorKind, action, targetType, targetId, ipAddress, userAgent, details)));

    /// <summary>Version 2 (HMAC-SHA256 under the chain key): how every record is hashed now.</summary>
    public static string KeyedHashOf(byte[] chainKey, string prevHash, long seq, Guid roomId, DateTimeOffset occurredAt, Guid? actorId,
        ActorKind actorKind, string action, string targetType, string? targetId, string? ipAddress, string? userAgent, string details) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(chainKey,
            AuditCanonicalForm.Record(prevHash, seq, roomId, occurredAt, actorId, actorKind, action, targetType, targetId, ipAddress, userAgent, details)));

    /// <summary>The plain SHA-256 of a record at its stored seq.</summary>
    public static string HashOf(AuditRecord r) => Convert.ToHexStringLower(SHA256.HashData(AuditCanonicalForm.Record(r, r.Seq)));

    /// <summary>The keyed hash of a record at its stored seq.</summary>
    public static string KeyedHashOf(byte[] chainKey, AuditRecord r) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(chainKey, AuditCanonicalForm.Record(r, r.Seq)));

    /// <summary>
    /// Whether the record's stored hash is what its fields give when it sits at <paramref name="seq"/>: keyed
    /// records need their key; plain ones count only where plain hashes are allowed (the legacy prefix).
    /// </summary>
    public static bool Authenticates(AuditRecord r, long seq, AuditKeys keys, bool plainAllowed) =>
        r.HashVersion switch
        {
            HmacSha256 => r.KeyId is not null && keys.ChainKey(r.KeyId) is { } key
                && FixedEquals(HMACSHA256.HashData(key, AuditCanonicalForm.Record(r, seq)), r.Hash),
            PlainSha256 => plainAllowed && Convert.ToHexStringLower(SHA256.HashData(AuditCanonicalForm.Record(r, seq))) == r.Hash,
            _ => false,
        };

    /// <summary>Signs the head with the active key (after its seq, hash or legacy bound changed).</summary>
    public static void Seal(AuditChainHead head, AuditKeys keys)
    {
        head.KeyId = keys.ActiveKeyId;
        head.Mac = Convert.ToHexStringLower(HMACSHA256.HashData(keys.HeadKey(head.KeyId)!, HeadBytes(head)));
    }

    /// <summary>Whether the head's MAC is right under the key it names.</summary>
    public static bool IsAuthentic(AuditChainHead head, AuditKeys keys) =>
        keys.HeadKey(head.KeyId) is { } key && FixedEquals(HMACSHA256.HashData(key, HeadBytes(head)), head.Mac);

    public static string Canonical(object? details) => JsonSerializer.Serialize(details ?? new { }, JsonSerializerOptions.Web);

    /// <summary>Millisecond precision: what every provider stores exactly, so hashes recompute after a round trip.</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static byte[] HeadBytes(AuditChainHead head) => AuditCanonicalForm.Head(head.RoomId, head.Seq, head.Hash, head.LegacyThroughSeq);

    private static bool FixedEquals(byte[] computed, string storedHex)
    {
        Span<byte> stored = stackalloc byte[computed.Length];
        return storedHex.Length == computed.Length * 2
            && Convert.FromHexString(storedHex, stored, out _, out var written) == OperationStatus.Done && written == computed.Length
            && CryptographicOperations.FixedTimeEquals(computed, stored);
    }
}
