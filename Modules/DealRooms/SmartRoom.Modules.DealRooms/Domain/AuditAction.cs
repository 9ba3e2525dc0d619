namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// What an audit record says happened. <see cref="Name"/> is what is stored and hashed into the chain — never
/// change one: stored records and their hashes depend on it; add a new action instead.
/// </summary>
internal readonly record struct AuditAction
{
    private AuditAction(string name) => Name = name;

    public string Name { get; }

    public static readonly AuditAction AuditExported = new("audit.exported");

    public static readonly AuditAction DocumentDeleted = new("document.deleted");
    public static readonly AuditAction DocumentDownloaded = new("document.downloaded");
    public static readonly AuditAction DocumentMetadataRead = new("document.metadata-read");
    public static readonly AuditAction DocumentUploaded = new("document.uploaded");
    public static readonly AuditAction DocumentVersioned = new("document.versioned");
    public static readonly AuditAction DocumentViewed = new("document.viewed");

    public static readonly AuditAction FolderChanged = new("folder.changed");
    public static readonly AuditAction FolderCreated = new("folder.created");
    public static readonly AuditAction FolderDeleted = new("folder.deleted");
    public static readonly AuditAction FolderDownloaded = new("folder.downloaded");

    public static readonly AuditAction GroupCreated = new("group.created");

    public static readonly AuditAction InvitationIssued = new("invitation.issued");
    public static readonly AuditAction InvitationRevoked = new("invitation.revoked");

    public static readonly AuditAction MemberChanged = new("member.changed");
    public static readonly AuditAction MemberJoined = new("member.joined");
    public static readonly AuditAction MemberRemoved = new("member.removed");

    public static readonly AuditAction PermissionSet = new("permission.set");

    public static readonly AuditAction RoomCreated = new("room.created");
    public static readonly AuditAction RoomRead = new("room.read");
    public static readonly AuditAction RoomStatusChanged = new("room.status-changed");
    public static readonly AuditAction RoomUpdated = new("room.updated");

    public static readonly AuditAction SupportDenied = new("support.denied");
    public static readonly AuditAction SupportGranted = new("support.granted");
    public static readonly AuditAction SupportRequested = new("support.requested");
    public static readonly AuditAction SupportRevoked = new("support.revoked");

    public static readonly AuditAction TermsAccepted = new("terms.accepted");
    public static readonly AuditAction TermsSet = new("terms.set");

    public static readonly AuditAction TreeRead = new("tree.read");

    public static readonly AuditAction ZipUploaded = new("zip.uploaded");

    public override string ToString() => Name;
}
