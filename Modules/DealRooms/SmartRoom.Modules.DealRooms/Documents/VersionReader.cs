using System.Security.Cryptography;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>Opens a stored version's plaintext: unwraps its key, decrypts as it is read (seekable), wipes the unwrapped key.</summary>
internal sealed class VersionReader(IBlobStore blobs, DocumentKeys keys)
{
    public DecryptingStream Open(DocumentVersion version)
    {
        var key = keys.Unwrap(version.KeyId, version.WrappedKey);
        Stream? blob = null;
        try
        {
            blob = blobs.OpenRead(version.BlobName);
            return new DecryptingStream(blob, key, version.Size, version.HeaderLength, EncryptedBlobFormat.ChunkSize, version.NoncePrefix);
        }
        catch
        {
            blob?.Dispose();
            throw;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
