using SmartRoom.BuildingBlocks.Configuration;

namespace SmartRoom.Modules.Content.Images;

/// <summary>
/// Content's own files (<c>content/images</c> in the data directory, apart from DealRooms' blobs and their sweeper):
/// each sealed with AES-256-GCM under a key derived from the master key (<see cref="SecretSealer"/>, the image's id
/// bound as associated data, so a file moved under another image does not open), written to a temporary file and
/// moved into place, so a name either holds a whole file or nothing.
/// </summary>
internal sealed class ImageStore(SmartRoomOptions platform, SecretSealer sealer)
{
    public string Root { get; } = Path.Combine(platform.ResolveDataDirectory(), "content", "images");

    public string Save(Guid imageId, byte[] plaintext)
    {
        var name = Guid.NewGuid().ToString("N");
        var temp = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(temp);
        var pending = Path.Combine(temp, name + ".tmp");
        try
        {
            using (var file = new FileStream(pending, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(sealer.SealBytes(Purpose(imageId), plaintext));
                file.Flush(flushToDisk: true);
            }

            File.Move(pending, PathOf(name));
            return name;
        }
        finally
        {
            File.Delete(pending);
        }
    }

    public async Task<byte[]?> ReadAsync(string name, Guid imageId, CancellationToken ct)
    {
        var path = PathOf(name);
        return File.Exists(path) ? sealer.UnsealBytes(Purpose(imageId), await File.ReadAllBytesAsync(path, ct)) : null;
    }

    public bool Exists(string name) => File.Exists(PathOf(name));

    public void Delete(string name) => File.Delete(PathOf(name));

    private string PathOf(string name) =>
        name.Length == 32 && name.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Root, name)
            : throw new ArgumentException("Not an image file name.", nameof(name));

    private static string Purpose(Guid imageId) => $"content-image/{imageId:N}";
}
