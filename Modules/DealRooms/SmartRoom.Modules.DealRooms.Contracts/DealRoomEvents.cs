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
/// A manager invited <paramref name="Email"/>. Notifications emails the single-use token (accepted with
/// <c>POST /api/invitations/accept</c>); DealRooms stores only its hash, and it travels sealed
/// (<paramref name="SealedToken"/>, opened with <see cref="SecretPurpose"/>).
/// </summary>
[MessageIdentity("dealrooms.invitation-issued.v2")]
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
    string SealedToken) : IIntegrationEvent
{
    public const string SecretPurpose = "dealrooms.invitation-issued/token";
}

/// <summary>Someone accepted an invitation; the room's <paramref name="Managers"/> are told.</summary>
[MessageIdentity("dealrooms.member-joined.v1")]
public sealed record MemberJoined(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    string RoomName,
    Guid UserId,
    string Email,
    string DisplayName,
    string Role,
    Guid? GroupId,
    IReadOnlyList<RoomRecipient> Managers) : IIntegrationEvent;

/// <summary>
/// A manager changed a member's role, group and/or access expiry. <paramref name="RoleChanged"/> and
/// <paramref name="GroupChanged"/> say which, with the previous values beside the new ones, so a module
/// keeping its own copy of membership (Messaging: who sees which group's threads) can react to each.
/// </summary>
[MessageIdentity("dealrooms.member-changed.v1")]
public sealed record MemberChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    Guid UserId,
    string Role,
    Guid? GroupId,
    DateTimeOffset? AccessExpiresAt,
    string PreviousRole,
    Guid? PreviousGroupId)
    : IIntegrationEvent
{
    public bool RoleChanged => Role != PreviousRole;

    public bool GroupChanged => GroupId != PreviousGroupId;
}

[MessageIdentity("dealrooms.member-removed.v1")]
public sealed record MemberRemoved(Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, Guid UserId) : IIntegrationEvent;

/// <summary>
/// A document or a new version of it was added to a folder. <paramref name="Audience"/> are the active
/// members who may see it and could open it now (but the uploader): they may be told its name and index.
/// <paramref name="Unnamed"/> may see it but cannot open it yet (current terms not accepted, or the room
/// admits members only from listed networks): tell them only that documents were added, never which.
/// Notifications gathers these into a digest.
/// </summary>
[MessageIdentity("dealrooms.document-added.v1")]
public sealed record DocumentAdded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    string RoomName,
    Guid DocumentId,
    Guid FolderId,
    string Name,
    string Index,
    int Version,
    IReadOnlyList<RoomRecipient> Audience,
    IReadOnlyList<RoomRecipient>? Unnamed = null) : IIntegrationEvent;

/// <summary>Support staff asked to enter a room; its <paramref name="Managers"/> decide.</summary>
[MessageIdentity("dealrooms.support-access-requested.v1")]
public sealed record SupportAccessRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid RoomId,
    string RoomName,
    Guid SupportUserId,
    string SupportName,
    string Reason,
    IReadOnlyList<RoomRecipient> Managers) : IIntegrationEvent;

/// <summary>A manager let support staff in until <paramref name="ExpiresAt"/>.</summary>
[MessageIdentity("dealrooms.support-access-granted.v1")]
public sealed record SupportAccessGranted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid RoomId,
    string RoomName,
    RoomRecipient Support,
    DateTimeOffset ExpiresAt,
    bool MayViewDocuments,
    string DecidedByName) : IIntegrationEvent;

/// <summary>A manager refused a support request.</summary>
[MessageIdentity("dealrooms.support-access-denied.v1")]
public sealed record SupportAccessDenied(
    Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid RoomId, string RoomName, RoomRecipient Support, string DecidedByName) : IIntegrationEvent;

/// <summary>A manager ended a support grant before it expired.</summary>
[MessageIdentity("dealrooms.support-access-revoked.v1")]
public sealed record SupportAccessRevoked(
    Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid RoomId, string RoomName, RoomRecipient Support, string RevokedByName) : IIntegrationEvent;
