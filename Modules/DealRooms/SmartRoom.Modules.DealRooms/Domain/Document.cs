namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A document in a folder; its content lives in versions. Its index follows its folder's ("1.2.3").</summary>
internal sealed class Document
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid FolderId { get; set; }

    public required string Name { get; set; }

    /// <summary>1-based place among the folder's documents (after its subfolders in the numbering).</summary>
    public int Position { get; set; }

    public int CurrentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }
}

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
