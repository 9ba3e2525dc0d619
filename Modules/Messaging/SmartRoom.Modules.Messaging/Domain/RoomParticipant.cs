using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// The caller inside a room, as Messaging's copy of membership knows them: a member (with role and group) or
/// support staff reading under a grant.
/// </summary>
internal sealed record RoomParticipant(RoomCopy Room, Guid UserId, string Email, string DisplayName, string Role, Guid? GroupId, bool IsSupport)
{
    public Guid RoomId => Room.Id;

    public bool IsManager => !IsSupport && Role == MemberRoles.Manager;

    /// <summary>How the room's audit trail flags them (<see cref="MessagingActorKinds"/>).</summary>
    public string ActorKind => IsSupport ? MessagingActorKinds.Support : IsManager ? MessagingActorKinds.Manager : MessagingActorKinds.Member;

    public Recipient ToRecipient() => new(UserId, Email, DisplayName);
}
