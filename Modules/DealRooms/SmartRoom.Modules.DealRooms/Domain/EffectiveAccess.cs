namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Effective levels of one group: the grant on the nearest item from the item up to the root
/// (document, its folder, the folder's parent …); no grant anywhere is None. A grant below may narrow
/// or widen; a new folder or document has no grant of its own, so it inherits (never wider).
/// One pass over the room's folders and the group's grants, in memory.
/// </summary>
internal sealed class EffectiveAccess
{
    private readonly Dictionary<Guid, AccessLevel> _folders = [];
    private readonly Dictionary<Guid, AccessLevel> _documentGrants;
    private readonly AccessLevel? _everything;

    public EffectiveAccess(IReadOnlyCollection<Folder> folders, IReadOnlyCollection<Permission> grants)
    {
        var folderGrants = grants.Where(g => g.FolderId is not null).ToDictionary(g => g.FolderId!.Value, g => g.Level);
        _documentGrants = grants.Where(g => g.DocumentId is not null).ToDictionary(g => g.DocumentId!.Value, g => g.Level);
        var children = folders.ToLookup(f => f.ParentId);
        var stack = new Stack<(Guid? Parent, AccessLevel Inherited)>([(null, AccessLevel.None)]);
        while (stack.TryPop(out var current))
        {
            foreach (var folder in children[current.Parent])
            {
                var level = folderGrants.TryGetValue(folder.Id, out var granted) ? granted : current.Inherited;
                _folders[folder.Id] = level;
                stack.Push((folder.Id, level));
            }
        }
    }

    private EffectiveAccess(AccessLevel everything)
    {
        _documentGrants = [];
        _everything = everything;
    }

    /// <summary>One level on every folder and document (support staff read everything at View).</summary>
    public static EffectiveAccess Everything(AccessLevel level) => new(level);

    public AccessLevel OfFolder(Guid folderId) => _everything ?? _folders.GetValueOrDefault(folderId, AccessLevel.None);

    public AccessLevel OfDocument(Guid documentId, Guid folderId) =>
        _everything ?? (_documentGrants.TryGetValue(documentId, out var granted) ? granted : OfFolder(folderId));
}
