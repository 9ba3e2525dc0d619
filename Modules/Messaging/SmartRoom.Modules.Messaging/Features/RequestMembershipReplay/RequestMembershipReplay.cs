namespace SmartRoom.Modules.Messaging.Features.RequestMembershipReplay;

/// <summary>
/// Asks DealRooms, once, for the membership of every room (rooms made before Messaging was deployed would be missed by
/// the membership events alone). True when it asked now, false when it had asked before.
/// </summary>
internal sealed record RequestMembershipReplay : ICommand<Result<bool>>;
