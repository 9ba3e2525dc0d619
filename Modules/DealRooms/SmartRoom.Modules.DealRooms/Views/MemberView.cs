namespace SmartRoom.Modules.DealRooms.Views;

internal sealed record MemberView(Guid UserId, string Email, string DisplayName, RoomRole Role, Guid? GroupId, DateTimeOffset JoinedAt, DateTimeOffset? AccessExpiresAt);
