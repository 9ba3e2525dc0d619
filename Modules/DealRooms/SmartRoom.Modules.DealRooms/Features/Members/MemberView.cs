using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Features.Members;

internal sealed record MemberView(Guid UserId, string Email, string DisplayName, RoomRole Role, Guid? GroupId, DateTimeOffset JoinedAt, DateTimeOffset? AccessExpiresAt);
