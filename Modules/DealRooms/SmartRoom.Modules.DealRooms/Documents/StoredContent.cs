namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>A version's content, encrypted and committed as a blob; its row is still to be written.</summary>
internal sealed record StoredContent(string BlobName, long Size, string Sha256, string ContentType, string KeyId, byte[] WrappedKey, byte[] NoncePrefix, int HeaderLength);
