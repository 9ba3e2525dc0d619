namespace SmartRoom.Modules.DealRooms.Views;

internal sealed record InvitationView(Guid Id, string Email, RoomRole Role, Guid? GroupId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
