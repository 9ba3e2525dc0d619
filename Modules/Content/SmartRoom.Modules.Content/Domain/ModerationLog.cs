namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Puts a moderation action on the record in the caller's unit of work (the change and its record commit
/// together): the signed-in caller with their address and browser, or the system (no caller) for jobs and events.
/// An action of the public on their own content (posting or reporting a comment) passes <c>keepAddress: false</c>:
/// the address of a member of the public is kept nowhere readable (comments keep only its keyed hash).
/// </summary>
internal sealed class ModerationLog(ContentDbContext db, ICurrentUser caller, TimeProvider clock)
{
    public ModerationRecord Record(string action, string targetKind, Guid targetId, string? reason = null, bool keepAddress = true)
    {
        var record = new ModerationRecord
        {
            Id = Guid.CreateVersion7(),
            At = clock.GetUtcNow(),
            ActorId = caller.Id,
            Action = action,
            TargetKind = targetKind,
            TargetId = targetId,
            Reason = reason,
            IpAddress = caller.Id is null || !keepAddress ? null : caller.IpAddress,
            UserAgent = caller.Id is null ? null : caller.UserAgentToStore(),
        };
        db.ModerationRecords.Add(record);
        return record;
    }
}
