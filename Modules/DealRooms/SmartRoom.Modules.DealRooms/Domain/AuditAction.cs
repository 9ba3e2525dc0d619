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

    // What Messaging announces (MessagingAuditActions): appended to the room's chain as they arrive.
    public static readonly AuditAction ConversationStarted = new("conversation.started");
    public static readonly AuditAction ConversationRead = new("conversation.read");
    public static readonly AuditAction MessagePosted = new("message.posted");
    public static readonly AuditAction MessageEdited = new("message.edited");
    public static readonly AuditAction MessageDeleted = new("message.deleted");
    public static readonly AuditAction QuestionAsked = new("question.asked");
    public static readonly AuditAction QuestionAssigned = new("question.assigned");
    public static readonly AuditAction QuestionDrafted = new("question.drafted");
    public static readonly AuditAction QuestionApproved = new("question.approved");
    public static readonly AuditAction QuestionDeclined = new("question.declined");
    public static readonly AuditAction QuestionClosed = new("question.closed");
    public static readonly AuditAction QuestionReopened = new("question.reopened");
    public static readonly AuditAction QuestionUpdated = new("question.updated");
    public static readonly AuditAction QuestionRead = new("question.read");
    public static readonly AuditAction FaqPublished = new("question.faq-published");
    public static readonly AuditAction FaqWithdrawn = new("question.faq-withdrawn");
    public static readonly AuditAction QuestionsExported = new("questions.exported");
    public static readonly AuditAction QaSettingsChanged = new("qa.settings-changed");
    public static readonly AuditAction QaExpertSet = new("qa.expert-set");

    private static readonly Dictionary<string, AuditAction> MessagingActions = new[]
    {
        ConversationStarted, ConversationRead, MessagePosted, MessageEdited, MessageDeleted,
        QuestionAsked, QuestionAssigned, QuestionDrafted, QuestionApproved, QuestionDeclined, QuestionClosed, QuestionReopened,
        QuestionUpdated, QuestionRead, FaqPublished, FaqWithdrawn, QuestionsExported, QaSettingsChanged, QaExpertSet,
    }.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>
    /// The action Messaging announced under <paramref name="name"/>; false for any other name, including DealRooms'
    /// own actions (another module cannot put those on the record).
    /// </summary>
    public static bool TryFromMessaging(string? name, out AuditAction action) =>
        MessagingActions.TryGetValue(name ?? "", out action);

    public override string ToString() => Name;
}
