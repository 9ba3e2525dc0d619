namespace SmartRoom.Modules.DealRooms.Documents;

internal sealed class PendingBlob(string tempPath, string finalPath, string name) : IAsyncDisposable
{
    private bool _committed;

    public string Name { get; } = name;

    public FileStream Stream { get; } = new(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);

    /// <summary>fsync, then rename into place: a crash leaves either the whole blob or only a temp file.</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        await Stream.FlushAsync(ct);
        Stream.Flush(flushToDisk: true);
        await Stream.DisposeAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        File.Move(tempPath, finalPath);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        if (!_committed && File.Exists(tempPath))
        {
            File.Delete(tempPath);
        }
    }
}
