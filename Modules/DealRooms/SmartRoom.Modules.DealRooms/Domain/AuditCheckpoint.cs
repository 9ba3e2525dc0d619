namespace SmartRoom.Modules.DealRooms.Domain;

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
