namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// That Messaging asked DealRooms, once, for the membership of every room that existed before it was deployed
/// (its copy is otherwise fed by membership events only). One row; its presence keeps later start-ups from asking again.
/// </summary>
internal sealed class MembershipReplay
{
    public Guid Id { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}
