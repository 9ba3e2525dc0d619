namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A document's index: its folder's, then its place after the folder's subfolders.</summary>
internal static class DocumentIndex
{
    /// <summary>The index of the document at <paramref name="position"/> in a folder with <paramref name="subfolders"/> subfolders.</summary>
    public static string Of(Folder folder, int subfolders, int position) => $"{folder.Index}.{subfolders + position}";

    /// <summary>As <see cref="Of"/>, counting the folder's subfolders as saved.</summary>
    public static async Task<string> OfAsync(DealRoomsDbContext db, Folder folder, int position, CancellationToken ct) =>
        Of(folder, await db.Folders.CountAsync(f => f.ParentId == folder.Id, ct), position);
}
