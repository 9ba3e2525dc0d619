namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// A question asked by a member, numbered in its room, routed to an expert by category, answered by a draft that only
/// a manager approves. Title, text, draft, answer and decline reason are sealed with the room's key
/// (<see cref="SealedFields"/>); the approved answer carries its text's SHA-256. Visible to the asker's group (or the
/// asker alone, without a group), the room's managers and its assignee; to other groups only once published as an FAQ,
/// and then never saying who or which group asked. <see cref="Version"/> guards concurrent transitions.
/// </summary>
internal sealed class Question
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public int Number { get; init; }

    public Guid AskedBy { get; init; }

    public Guid? AskerGroupId { get; init; }

    public required byte[] TitleSealed { get; set; }

    public required byte[] BodySealed { get; set; }

    public required string Category { get; set; }

    public Guid? DocumentId { get; set; }

    public QuestionPriority Priority { get; set; }

    public QuestionStatus Status { get; set; }

    public Guid? AssigneeId { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public byte[]? DraftSealed { get; set; }

    public Guid? DraftedBy { get; set; }

    public DateTimeOffset? DraftedAt { get; set; }

    public byte[]? AnswerSealed { get; set; }

    public string? AnswerSha256 { get; set; }

    public Guid? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public byte[]? DeclineReasonSealed { get; set; }

    public DateTimeOffset? DeclinedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public FaqScope FaqScope { get; set; }

    public DateTimeOffset? FaqPublishedAt { get; set; }

    public int Version { get; set; }
}
