using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>Someone to tell about a room event.</summary>
public sealed record RoomRecipient(Guid UserId, string Email, string DisplayName);

[MessageIdentity("dealrooms.room-created.v1")]
public sealed record DealRoomCreated(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string Name, Guid CreatedBy) : IIntegrationEvent;

/// <summary>The room moved to <paramref name="Status"/>; <paramref name="Members"/> are told.</summary>
[MessageIdentity("dealrooms.room-status-changed.v1")]
public sealed record DealRoomStatusChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    string RoomName,
    string PreviousStatus,
    string Status,
    IReadOnlyList<RoomRecipient> Members) : IIntegrationEvent;

/// <summary>
/// A manager invited <paramref name="Email"/>. Notifications emails the single-use <paramref name="Token"/>
/// (accepted with <c>POST /api/invitations/accept</c>); only its hash is stored.
/// </summary>
[MessageIdentity("dealrooms.invitation-issued.v1")]
public sealed record InvitationIssued(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InvitationId,
    Guid RoomId,
    string RoomName,
    string Email,
    string Role,
    string InvitedByName,
    DateTimeOffset ExpiresAt,
    string Token) : IIntegrationEvent;

[MessageIdentity("dealrooms.member-joined.v1")]
public sealed record MemberJoined(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, Guid UserId, string Email, string Role, Guid? GroupId) : IIntegrationEvent;

[MessageIdentity("dealrooms.member-changed.v1")]
public sealed record MemberChanged(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, Guid UserId, string Role, Guid? GroupId, DateTimeOffset? AccessExpiresAt) : IIntegrationEvent;

[MessageIdentity("dealrooms.member-removed.v1")]
public sealed record MemberRemoved(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, Guid UserId) : IIntegrationEvent;

/// <summary>A document or a new version of it was added to a folder.</summary>
[MessageIdentity("dealrooms.document-added.v1")]
public sealed record DocumentAdded(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, Guid DocumentId, Guid FolderId, string Name, int Version) : IIntegrationEvent;
