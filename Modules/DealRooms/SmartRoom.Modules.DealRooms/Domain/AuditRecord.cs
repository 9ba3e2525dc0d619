namespace SmartRoom.Modules.DealRooms.Domain;

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
