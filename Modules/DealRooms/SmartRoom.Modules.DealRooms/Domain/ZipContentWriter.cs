using Microsoft.Extensions.Options;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>Writes a planned zip's files, each through its guard, as encrypted blobs; discards them again when the upload fails.</summary>
internal sealed class ZipContentWriter(DocumentWriter writer, IOptions<DocumentOptions> options)
{
    /// <summary>Streams each file through its guard into the writer; the first refusal is returned (the caller discards what was written).</summary>
    public async Task<Error?> WriteAsync(ZipPlan plan, List<StoredContent> stored, CancellationToken ct)
    {
        var budget = new ZipBudget(options.Value.MaxUploadBytes);
        try
        {
            foreach (var file in plan.Files)
            {
                Result<StoredContent> written;
                await using (var raw = await file.Entry.OpenAsync(ct))
                await using (var guarded = new ZipEntryGuard(raw, ZipPlan.Shown(file.Entry.FullName), file.Entry.CompressedLength, file.Entry.Length, budget))
                {
                    written = await writer.WriteAsync(guarded, file.Name, ct);
                }

                if (!written.IsSuccess)
                {
                    var error = written.Error;
                    return error.Fields is not null
                        ? Error.Validation(file.Entry.FullName, string.Join(" ", error.Fields.Values.SelectMany(m => m)))
                        : error with { Detail = $"'{ZipPlan.Shown(file.Entry.FullName)}': {error.Detail} Nothing was stored." };
                }

                file.Stored = written.Value;
                stored.Add(written.Value);
            }

            return null;
        }
        catch (ZipRefusedException ex)
        {
            return ex.Error with { Detail = ex.Error.Detail + " Nothing was stored." };
        }
        catch (InvalidDataException ex)
        {
            return ZipLimits.Invalid($"The zip is damaged or uses an unsupported compression method ({ex.Message}). Nothing was stored.");
        }
    }

    public void Discard(List<StoredContent> stored)
    {
        foreach (var content in stored)
        {
            writer.Discard(content);
        }

        stored.Clear();
    }
}
