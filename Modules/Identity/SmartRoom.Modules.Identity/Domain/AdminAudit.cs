using System.Text.Json;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Adds an audit entry for an administrative change (the caller saves it with the change).</summary>
internal sealed class AdminAudit(IdentityDbContext db, ICurrentUser caller, TimeProvider clock)
{
    public void Record(string action, Guid targetUserId, object details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            ActorId = caller.Id,
            Action = action,
            TargetUserId = targetUserId,
            Details = JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
            IpAddress = caller.IpAddress,
        });
}
