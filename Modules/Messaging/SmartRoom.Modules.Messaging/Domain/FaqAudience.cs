namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>A group an FAQ was published to (<see cref="FaqScope.Groups"/>).</summary>
internal sealed class FaqAudience
{
    public Guid QuestionId { get; init; }

    public Guid GroupId { get; init; }
}
