namespace SmartRoom.Modules.DealRooms.Documents;

internal enum ZipEntryKind
{
    /// <summary>A file to store: <see cref="ZipEntryPath.Folders"/> below the target folder, then <see cref="ZipEntryPath.Name"/>.</summary>
    File,

    /// <summary>An explicit directory entry ("a/b/"): nothing to store of its own.</summary>
    Directory,

    /// <summary>Operating-system litter (<c>__MACOSX/…</c>, <c>.DS_Store</c>, <c>._*</c>, <c>Thumbs.db</c>): left out.</summary>
    Junk,

    /// <summary>A name that could leave the target folder or is no valid name: the whole zip is refused.</summary>
    Unsafe,
}
