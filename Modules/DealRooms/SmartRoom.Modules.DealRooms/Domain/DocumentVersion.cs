namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>One immutable version: an encrypted blob, its own key (wrapped), size and SHA-256 of the plaintext.</summary>
internal sealed class DocumentVersion
{
    public Guid DocumentId { get; init; }

    public int Version { get; init; }

    public required string BlobName { get; init; }

    public long Size { get; init; }

    public required string Sha256 { get; init; }

    public required string ContentType { get; init; }

    public required string KeyId { get; init; }

    public required byte[] WrappedKey { get; init; }

    public required byte[] NoncePrefix { get; init; }

    public int HeaderLength { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }
}
