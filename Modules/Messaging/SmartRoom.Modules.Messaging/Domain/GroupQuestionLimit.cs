namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>How many questions one group of a room may ask (declined ones do not count).</summary>
internal sealed class GroupQuestionLimit
{
    public Guid RoomId { get; init; }

    public Guid GroupId { get; init; }

    public int Limit { get; set; }
}
