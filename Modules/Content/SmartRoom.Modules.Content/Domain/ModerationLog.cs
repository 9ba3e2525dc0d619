namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Puts a moderation action on the record in the caller's unit of work (the change and its record commit
/// together): the signed-in caller with their address and browser, or the system (no caller) for jobs and events.
/// </summary>
internal sealed class ModerationLog(ContentDbContext db, ICurrentUser caller, TimeProvider clock)
{
    public ModerationRecord Record(string action, string targetKind, Guid targetId, string? reason = null)
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
            IpAddress = caller.Id is null ? null : caller.IpAddress,
            UserAgent = caller.Id is null ? null : caller.UserAgent,
        };
        db.ModerationRecords.Add(record);
        return record;
    }
}
