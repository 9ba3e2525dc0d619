namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>What legal holds keep from a sweep: data about these people, and data of these deal rooms.</summary>
public sealed record SweepHolds(IReadOnlyList<Guid> UserIds, IReadOnlyList<Guid> RoomIds)
{
    public static readonly SweepHolds None = new([], []);
}
