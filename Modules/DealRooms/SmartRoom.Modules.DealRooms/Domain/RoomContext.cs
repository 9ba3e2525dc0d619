namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// The caller inside one room: their membership, or — for support staff — the grant that let them in
/// (then <see cref="Member"/> stands for them as a groupless Viewer). Anyone else never gets one, and the
/// room does not exist for them.
/// </summary>
internal sealed record RoomContext(Room Room, Member Member, SupportAccessRequest? SupportGrant = null)
{
    public bool IsSupport => SupportGrant is not null;

    public bool IsManager => !IsSupport && Member.Role == RoomRole.Manager;

    /// <summary>How the caller is flagged in the audit trail.</summary>
    public ActorKind ActorKind => IsSupport ? ActorKind.Support : IsManager ? ActorKind.Manager : ActorKind.Member;

    /// <summary>Closed and archived rooms change no more until reopened.</summary>
    public bool IsReadOnly => Room.Status is RoomStatus.Closed or RoomStatus.Archived;

    /// <summary>Managers upload anywhere; Contributors where their group has Upload; Viewers and support never.</summary>
    public bool MayUpload(AccessLevel level) => IsManager || (!IsSupport && Member.Role == RoomRole.Contributor && level >= AccessLevel.Upload);

    /// <summary>
    /// Why the caller may not add content to a folder or document on which they hold <paramref name="level"/>
    /// (null: they may) — 404 for what they cannot see (<paramref name="target"/>: "folder", "document"),
    /// 403 <c>upload-not-permitted</c>, 409 in a closed room.
    /// </summary>
    public Error? RefuseUpload(AccessLevel level, string target) =>
        level < AccessLevel.View ? Error.NotFound(target)
        : !MayUpload(level) ? Error.Forbidden("upload-not-permitted", $"You may not add content to this {target}.")
        : IsReadOnly ? RoomRefusals.ReadOnly
        : null;
}
