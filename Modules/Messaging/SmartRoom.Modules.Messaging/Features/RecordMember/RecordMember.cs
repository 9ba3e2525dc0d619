using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.RecordMember;

/// <summary>
/// Updates Messaging's copy of one membership from one of DealRooms' events (joined, changed or removed), unless
/// a newer event set it already. <paramref name="Email"/> and <paramref name="DisplayName"/> are carried by joins only.
/// </summary>
[EntersNoRoom("Keeps Messaging's copy of membership from a DealRooms event: no person is acting.")]
internal sealed record RecordMember(
    Guid RoomId,
    Guid UserId,
    DateTimeOffset OccurredAt,
    string Role,
    Guid? GroupId,
    DateTimeOffset? AccessExpiresAt,
    bool Removed = false,
    string? Email = null,
    string? DisplayName = null) : ICommand<Result<Done>>;
