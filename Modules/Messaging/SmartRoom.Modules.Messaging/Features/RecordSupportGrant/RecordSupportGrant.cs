using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.Modules.Messaging.Features.RecordSupportGrant;

/// <summary>Records a support grant (or its revocation, <paramref name="RevokedAt"/>) in Messaging's copy.</summary>
internal sealed record RecordSupportGrant(
    Guid RoomId,
    Guid RequestId,
    RoomRecipient Support,
    DateTimeOffset? ExpiresAt,
    bool? MayReadMessages,
    DateTimeOffset? RevokedAt = null) : ICommand<Result<Done>>;
