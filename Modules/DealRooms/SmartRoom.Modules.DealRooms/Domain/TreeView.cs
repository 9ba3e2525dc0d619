namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>The numbered tree as someone sees it: only items they may at least view.</summary>
internal sealed record TreeView(IReadOnlyList<TreeFolder> Folders, IReadOnlyList<TreeDocument> Documents);
