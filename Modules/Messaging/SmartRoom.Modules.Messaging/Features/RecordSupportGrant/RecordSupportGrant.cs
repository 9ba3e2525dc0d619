using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.RecordSupportGrant;

/// <summary>Records a support grant (or its revocation, <paramref name="RevokedAt"/>) in Messaging's copy.</summary>
[EntersNoRoom("Keeps Messaging's copy of membership from a DealRooms event: no person is acting.")]
internal sealed record RecordSupportGrant(
    Guid RoomId,
    Guid RequestId,
    RoomRecipient Support,
    DateTimeOffset? ExpiresAt,
    bool? MayReadMessages,
    DateTimeOffset? RevokedAt = null) : ICommand<Result<Done>>;
