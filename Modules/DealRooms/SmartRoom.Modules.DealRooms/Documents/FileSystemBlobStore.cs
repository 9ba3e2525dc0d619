using SmartRoom.BuildingBlocks.Configuration;

namespace SmartRoom.Modules.DealRooms.Documents;

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

    public IEnumerable<StoredBlob> List()
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var fanOut in new DirectoryInfo(Root).EnumerateDirectories().Where(d => d.Name.Length == 2 && d.Name.All(char.IsAsciiHexDigitLower)))
        {
            foreach (var file in fanOut.EnumerateFiles().Where(f => IsBlobName(f.Name) && f.Name.EndsWith(fanOut.Name, StringComparison.Ordinal)))
            {
                yield return new StoredBlob(file.Name, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
            }
        }
    }

    public FileStream CreateScratch()
    {
        Directory.CreateDirectory(TempFolder);
        return new FileStream(Path.Combine(TempFolder, Guid.CreateVersion7().ToString("N") + ".tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            1 << 16, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
    }

    private string PathOf(string name) =>
        IsBlobName(name)
            ? Path.Combine(Root, name[^2..], name)
            : throw new ArgumentException("Not a blob name.", nameof(name));

    private static bool IsBlobName(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);
}
