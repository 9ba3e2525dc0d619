using System.IO.Compression;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// What a zip upload will do, worked out before a byte is decompressed: the files and the folders they go to,
/// the folders to create, and how many documents the reused folders hold already.
/// </summary>
internal sealed record ZipPlan(IReadOnlyList<ZipPlan.PlannedFile> Files, IReadOnlyList<ZipPlan.PlannedFolder> Created, IReadOnlyDictionary<Guid, int> ExistingDocuments)
{
    /// <summary>An entry name as quoted back in a problem: at most 200 characters.</summary>
    public static string Shown(string name) => name.Length <= 200 ? name : name[..200] + "…";

    internal sealed class PlannedFolder(Guid id, string name, PlannedFolder? parent, Folder? existing)
    {
        public Guid Id { get; } = id;

        public string Name { get; } = name;

        public PlannedFolder? Parent { get; } = parent;

        /// <summary>The folder already in the room, or null for one the zip creates.</summary>
        public Folder? Existing { get; } = existing;

        public Folder? Created { get; set; }

        public Dictionary<string, PlannedFolder> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Document names the zip puts here.</summary>
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The nearest existing folder at or above this one: its permissions are this one's.</summary>
        public Guid AnchorId => Existing?.Id ?? Parent!.AnchorId;
    }

    internal sealed class PlannedFile(ZipArchiveEntry entry, PlannedFolder folder, string name)
    {
        public ZipArchiveEntry Entry { get; } = entry;

        public PlannedFolder Folder { get; } = folder;

        public string Name { get; } = name;

        public StoredContent? Stored { get; set; }
    }
}
