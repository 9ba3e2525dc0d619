using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Domain;

internal static class DocumentVersionFactory
{
    public static DocumentVersion From(Guid documentId, int version, StoredContent stored, DateTimeOffset now, Guid by) => new()
    {
        DocumentId = documentId,
        Version = version,
        BlobName = stored.BlobName,
        Size = stored.Size,
        Sha256 = stored.Sha256,
        ContentType = stored.ContentType,
        KeyId = stored.KeyId,
        WrappedKey = stored.WrappedKey,
        NoncePrefix = stored.NoncePrefix,
        HeaderLength = stored.HeaderLength,
        CreatedAt = now,
        CreatedBy = by,
    };
}
