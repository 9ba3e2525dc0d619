using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Stamps a version's PDF for the caller: "Viewed by alice@example.com · 203.0.113.7 · 2026-11-26 14:03 UTC"
/// on every page. The plaintext and the stamped copy stay in memory — decrypted content is never written
/// to disk — so the size is capped (<see cref="DocumentOptions.MaxWatermarkBytes"/>) and at most one stamp
/// per core runs at a time.
/// </summary>
internal sealed class DocumentStamper(VersionReader reader, ICurrentUser caller, TimeProvider clock, IOptions<DocumentOptions> options)
{
    public const string PdfType = "application/pdf";

    /// <summary>1 GiB: the most <see cref="DocumentOptions.MaxWatermarkBytes"/> can raise the cap to.</summary>
    public const long MaxBytes = 1L << 30;

    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount);

    public static bool CanStamp(DocumentVersion version) => version.ContentType == PdfType;

    /// <param name="verb">How the caller gets it: "Viewed by", "Downloaded by".</param>
    public async Task<Result<StampedPdf>> StampAsync(RoomContext room, DocumentVersion version, string verb, CancellationToken ct)
    {
        // Whatever is configured, the in-memory copies stay well within an array's reach.
        var max = Math.Min(options.Value.MaxWatermarkBytes, MaxBytes);
        if (version.Size > max)
        {
            return new Error(ErrorKind.PayloadTooLarge, "too-large-to-watermark",
                $"The PDF is {version.Size} bytes; the server stamps PDFs of up to {max} bytes.");
        }

        var line = $"{verb} {caller.Email ?? room.Member.Email} · {Address()} · {clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        await Slots.WaitAsync(ct);
        try
        {
            // Both copies are plaintext: wiped when disposed (and as they grow), not left to the garbage collector.
            using var plain = new WipingMemoryStream((int)version.Size);
            await using (var decrypting = reader.Open(version))
            {
                await decrypting.CopyToAsync(plain, ct);
            }

            plain.Position = 0;
            var stamped = new WipingMemoryStream((int)version.Size + (256 * 1024));
            try
            {
                PdfWatermark.Stamp(plain, stamped, [line]);
            }
            catch (UnreadablePdfException ex)
            {
                await stamped.DisposeAsync();
                return new Error(ErrorKind.UnprocessableContent, "pdf-unreadable",
                    $"{ex.Message} It cannot be shown with a watermark; a manager can replace it with an unprotected copy.");
            }
            catch
            {
                await stamped.DisposeAsync(); // wiped on every way out
                throw;
            }

            stamped.Position = 0;
            var hash = Convert.ToHexStringLower(SHA256.HashData(stamped.GetBuffer().AsSpan(0, (int)stamped.Length)));
            return new StampedPdf(stamped, hash);
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>
    /// How a stamped PDF is served: whole (no ranges: each stamp is made afresh), never stored by caches,
    /// with a weak ETag of the stamped bytes (not the stored file's SHA-256).
    /// </summary>
    public static IResult Serve(HttpContext http, Stream content, string contentType, string fileName, string sha256, bool inline)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Stream(content, contentType, entityTag: new EntityTagHeaderValue($"\"{sha256}\"", isWeak: true), enableRangeProcessing: false);
    }

    private string Address()
    {
        if (!System.Net.IPAddress.TryParse(caller.IpAddress, out var ip))
        {
            return "unknown address";
        }

        return (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
    }
}
