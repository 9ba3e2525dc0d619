namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>The limits and refusals of conversations, shared by their slices.</summary>
internal static class ConversationRules
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 10_000;
    public const int MaxParticipants = 20;
    public const int MaxAttachments = 10;
    public const int DefaultMessagesLimit = 50;
    public const int MaxMessagesLimit = 200;

    /// <summary>How long after posting its sender may still edit a message.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public static readonly Error ConversationNotFound = Error.NotFound("conversation");

    public static readonly Error MessageNotFound = Error.NotFound("message");

    /// <summary>Unknown, not an active member, or out of the caller's reach: all read the same.</summary>
    public static readonly Error ParticipantNotFound = new(ErrorKind.Validation, "participant-not-found",
        "One of the participants is not a member you can start a conversation with.");

    /// <summary>Unknown, in another room, or not visible to the sender: all read the same.</summary>
    public static readonly Error DocumentNotFound = new(ErrorKind.Validation, "document-not-found",
        "One of the attached documents was not found.");

    public static readonly Error ManagerNamesNoMember = Error.Validation("participantIds",
        "A manager starting a conversation names at least one member.");

    public static readonly Error NotYourMessage = Error.Forbidden("not-your-message", "Only the sender may edit this message.");

    public static readonly Error NotYourMessageToDelete = Error.Forbidden("not-your-message", "Only its sender or a manager may delete this message.");

    public static readonly Error EditWindowClosed = Error.Conflict("edit-window-closed", "A message can be edited for 15 minutes after it was posted.");

    public static readonly Error MessageDeleted = Error.Conflict("message-deleted", "The message was deleted.");

    public static readonly Error Busy = Error.Conflict("conversation-busy", "Another message was posted at the same moment; send yours again.");

    /// <summary>
    /// Whom <paramref name="caller"/> may name in a new conversation: a manager any active member; a member the room's
    /// managers (who take part anyway) and members of their own group; a member without a group nobody else.
    /// </summary>
    public static bool MayName(RoomParticipant caller, MemberCopy member) =>
        caller.IsManager || member.IsManager || (caller.GroupId is { } group && member.GroupId == group);

    /// <summary>Whether a message posted at <paramref name="postedAt"/> may still be edited at <paramref name="now"/>.</summary>
    public static bool WithinEditWindow(DateTimeOffset postedAt, DateTimeOffset now) => now - postedAt <= EditWindow;

    /// <summary>Text a member writes: not blank, within <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> PlainText<T>(this IRuleBuilder<T, string> rule, int max) =>
        rule.NotNull().Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Must not be blank.").MaximumLength(max);
}
