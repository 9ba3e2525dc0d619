using System.Security.Cryptography;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Spools a body that must be read out of order (a zip's central directory is at its end) to a scratch
/// file — encrypted in the <c>SRB1</c> format with a key that lives only in memory, so plaintext never
/// touches the disk and a scratch file a crash leaves behind is unreadable. The scratch file is deleted
/// when the returned stream is disposed.
/// </summary>
internal static class EncryptedSpool
{
    public static async Task<SpooledUpload> SpoolAsync(IBlobStore blobs, Stream content, long maxBytes, CancellationToken ct)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var noncePrefix = RandomNumberGenerator.GetBytes(EncryptedBlobFormat.NoncePrefixSize);
        var header = EncryptedBlobFormat.Header("scratch", [], noncePrefix);
        var scratch = blobs.CreateScratch();
        try
        {
            var (size, sha256) = await EncryptedBlobFormat.EncryptAsync(content, scratch, key, header, noncePrefix, maxBytes, ct);
            await scratch.FlushAsync(ct);
            return new SpooledUpload(new DecryptingStream(scratch, key, size, header.Length, EncryptedBlobFormat.ChunkSize, noncePrefix), size, sha256);
        }
        catch
        {
            await scratch.DisposeAsync();
            throw;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
