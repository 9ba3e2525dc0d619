namespace SmartRoom.BuildingBlocks.Contracts;

/// <summary>
/// Marker for events one module publishes for others. Each event type carries a stable
/// <c>[MessageIdentity("module.event-name.vN")]</c> name so stored messages survive renames.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique id of this occurrence; subscribers use it to stay idempotent.</summary>
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
