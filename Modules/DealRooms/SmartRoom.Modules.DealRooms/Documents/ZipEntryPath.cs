namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>An entry name of an uploaded zip, read as a path below the folder it is uploaded into.</summary>
internal sealed record ZipEntryPath(ZipEntryKind Kind, IReadOnlyList<string> Folders, string Name, string? Problem = null)
{
    public int Depth => Folders.Count;
}
