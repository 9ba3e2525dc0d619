namespace SmartRoom.Modules.Privacy.Features.SelectAffectedPeople;

/// <summary>
/// Selects as affected by a breach everyone whose actions in room <paramref name="RoomId"/> between
/// <paramref name="From"/> (inclusive) and <paramref name="To"/> (exclusive) are on the room's audit trail, as
/// DealRooms answers it. People already selected stay selected once; several selections add up.
/// </summary>
[RequiresUser]
internal sealed record SelectAffectedPeople(Guid BreachId, Guid? RoomId, DateTimeOffset? From, DateTimeOffset? To)
    : ICommand<Result<AffectedSelection>>;

/// <summary>The JSON body.</summary>
internal sealed record SelectAffectedPeopleBody(Guid? RoomId, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>How many people the window found, how many of them are newly selected, and how many are selected in all.</summary>
internal sealed record AffectedSelection(int Found, int Added, int Total);
