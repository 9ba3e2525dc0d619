using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>Someone to tell about a room event.</summary>
public sealed record RoomRecipient(Guid UserId, string Email, string DisplayName);
