namespace SmartRoom.Modules.DealRooms.Views;

/// <summary>The room's terms as they stand, and whether the caller has accepted this exact text.</summary>
internal sealed record RoomTermsState(int Version, string Sha256, DateTimeOffset? UpdatedAt, bool Accepted, DateTimeOffset? AcceptedAt);
