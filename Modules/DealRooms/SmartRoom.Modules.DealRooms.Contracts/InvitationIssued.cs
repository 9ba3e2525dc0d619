using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

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
