using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.BuildingBlocks.Configuration;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Where encrypted blobs live. It only ever sees ciphertext. Behind an interface so object stores (S3,
/// Azure Blob) can take the filesystem's place.
/// </summary>
internal interface IBlobStore
{
    /// <summary>A new blob, invisible until committed; disposing an uncommitted one deletes it.</summary>
    PendingBlob Create();

    Stream OpenRead(string name);

    void Delete(string name);

    bool Exists(string name);

    /// <summary>
    /// A local read/write scratch file for work in progress (a zip being unpacked), never a blob: it is
    /// deleted when closed, and swept at start-up like temp blobs if a crash left it.
    /// </summary>
    FileStream CreateScratch();
}

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

/// <summary>The default store: <c>blobs/</c> in the data directory, two-level fan-out by name.</summary>
internal sealed class FileSystemBlobStore(SmartRoomOptions platform) : IBlobStore
{
    public string Root { get; } = Path.Combine(platform.ResolveDataDirectory(), "blobs");

    public string TempFolder => Path.Combine(Root, "tmp");

    public PendingBlob Create()
    {
        Directory.CreateDirectory(TempFolder);
        var name = Guid.CreateVersion7().ToString("N");
        return new PendingBlob(Path.Combine(TempFolder, name + ".tmp"), PathOf(name), name);
    }

    public Stream OpenRead(string name) =>
        new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.RandomAccess);

    public void Delete(string name)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public bool Exists(string name) => File.Exists(PathOf(name));

    public FileStream CreateScratch()
    {
        Directory.CreateDirectory(TempFolder);
        return new FileStream(Path.Combine(TempFolder, Guid.CreateVersion7().ToString("N") + ".tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            1 << 16, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
    }

    private string PathOf(string name) =>
        name.Length == 32 && name.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Root, name[^2..], name)
            : throw new ArgumentException("Not a blob name.", nameof(name));
}

/// <summary>At start-up, removes temp blobs and scratch files older than an hour: uploads a crash interrupted before their row committed.</summary>
internal sealed partial class TempBlobSweeper(FileSystemBlobStore store, ILogger<TempBlobSweeper> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(store.TempFolder))
        {
            return Task.CompletedTask;
        }

        foreach (var file in new DirectoryInfo(store.TempFolder).EnumerateFiles("*.tmp").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
        {
            file.Delete();
            LogSwept(file.Name);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed abandoned temp blob {Name}")]
    private partial void LogSwept(string name);
}
