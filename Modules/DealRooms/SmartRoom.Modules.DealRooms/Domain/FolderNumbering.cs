namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>Index numbers of a room's folder tree: "1", "1.1", "1.2.3" from each folder's place among its siblings.</summary>
internal static class FolderNumbering
{
    /// <summary>The longest index number stored (the column's length): a tree that would need longer ones is too deep.</summary>
    public const int MaxIndexLength = 100;

    public static readonly Error TooDeep = Error.Conflict("folder-too-deep",
        $"The folder tree would be too deep here: index numbers are limited to {MaxIndexLength} characters.");

    /// <summary>Renumbers, and answers <see cref="TooDeep"/> when an index number would not fit (the caller then saves nothing).</summary>
    public static Error? RenumberWithin(IReadOnlyCollection<Folder> folders)
    {
        Renumber(folders);
        return folders.Any(f => f.Index.Length > MaxIndexLength) ? TooDeep : null;
    }

    public static void Renumber(IReadOnlyCollection<Folder> folders)
    {
        var children = folders.ToLookup(f => f.ParentId);
        Walk(null, "");

        void Walk(Guid? parentId, string prefix)
        {
            var position = 0;
            foreach (var folder in children[parentId].OrderBy(f => f.Position).ThenBy(f => f.Id))
            {
                folder.Position = ++position;
                folder.Index = prefix.Length == 0 ? $"{position}" : $"{prefix}.{position}";
                Walk(folder.Id, folder.Index);
            }
        }
    }
}
