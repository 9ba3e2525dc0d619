namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// A room's Q&amp;A rules, set by its managers: the categories questions are asked in (one per line), how many business
/// days a question is due in by default, and the default limit of questions per group (null: no limit; a group's own
/// limit in <see cref="GroupQuestionLimit"/> wins). A room without a row uses the defaults.
/// </summary>
internal sealed class QaSettings
{
    public const int DefaultDueBusinessDays = 2;

    public Guid RoomId { get; init; }

    public string Categories { get; set; } = "General";

    public int DueBusinessDays { get; set; } = DefaultDueBusinessDays;

    public int? DefaultGroupLimit { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
