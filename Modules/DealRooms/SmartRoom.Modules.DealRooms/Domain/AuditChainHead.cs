namespace SmartRoom.Modules.DealRooms.Domain;

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

    /// <summary>HMAC-SHA256 (hex) of <see cref="AuditCanonicalForm.Head"/> under the head key of <see cref="KeyId"/>.</summary>
    public string Mac { get; set; } = "";
}
