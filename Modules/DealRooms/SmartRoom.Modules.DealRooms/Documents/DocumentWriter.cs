using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Turns an upload into a committed encrypted blob: sniffs the type from the first bytes, streams the rest
/// through SHA-256 and chunked AES-256-GCM into a temp blob, and commits it. Refusals (empty, executable,
/// too large) leave nothing behind.
/// </summary>
internal sealed class DocumentWriter(IBlobStore blobs, DocumentKeys keys, IOptions<DocumentOptions> options)
{
    public async Task<Result<StoredContent>> WriteAsync(Stream content, string fileName, CancellationToken ct)
    {
        var head = new byte[ContentSniffer.PrefixLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (headLength == 0)
        {
            return Error.Validation("file", "The file is empty.");
        }

        // The type comes from the bytes, not from the client.
        var contentType = ContentSniffer.Sniff(head.AsSpan(0, headLength), fileName);
        if (contentType is null)
        {
            CryptographicOperations.ZeroMemory(head);
            return new Error(ErrorKind.UnsupportedMediaType, "unsupported-content", "Executable files cannot be stored in a deal room.");
        }

        var (key, wrapped, keyId) = keys.New();
        var noncePrefix = RandomNumberGenerator.GetBytes(EncryptedBlobFormat.NoncePrefixSize);
        var header = EncryptedBlobFormat.Header(keyId, wrapped, noncePrefix);
        await using var pending = blobs.Create();
        try
        {
            await using var plaintext = new PrefixedStream(head.AsMemory(0, headLength), content);
            var (size, sha256) = await EncryptedBlobFormat.EncryptAsync(plaintext, pending.Stream, key, header, noncePrefix, options.Value.MaxUploadBytes, ct);
            await pending.CommitAsync(ct);
            return new StoredContent(pending.Name, size, sha256, contentType, keyId, wrapped, noncePrefix, header.Length);
        }
        catch (PayloadTooLargeException ex)
        {
            return new Error(ErrorKind.PayloadTooLarge, "file-too-large", ex.Message);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(head); // the file's first bytes
        }
    }

    /// <summary>For a row that did not commit: its blob goes too.</summary>
    public void Discard(StoredContent stored) => blobs.Delete(stored.BlobName);
}
