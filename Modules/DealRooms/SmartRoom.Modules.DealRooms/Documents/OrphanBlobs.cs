namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Blobs that no document version refers to: left by a crash between committing a blob and saving its rows. Only
/// blobs written before the cut-off are candidates, so an upload in flight is never touched; which candidates are
/// still referenced is asked of the database a batch of names at a time (one query per batch), never blob by blob.
/// </summary>
internal sealed class OrphanBlobs(IBlobStore blobs, DealRoomsDbContext db)
{
    private const int Batch = 500;

    /// <summary>Deletes the unreferenced blobs written before <paramref name="writtenBefore"/>; returns how many went.</summary>
    public async Task<long> DeleteAsync(DateTimeOffset writtenBefore, CancellationToken ct)
    {
        long deleted = 0;
        foreach (var chunk in blobs.List().Where(b => b.WrittenAt < writtenBefore).Select(b => b.Name).Chunk(Batch))
        {
            var names = chunk.ToList();
            var referenced = await db.DocumentVersions.AsNoTracking()
                .Where(v => names.Contains(v.BlobName))
                .Select(v => v.BlobName)
                .ToListAsync(ct);
            foreach (var name in names.Except(referenced, StringComparer.Ordinal))
            {
                blobs.Delete(name);
                deleted++;
            }
        }

        return deleted;
    }
}
