using SmartRoom.Modules.Messaging.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Puts what a participant did on the room's audit trail: a <see cref="MessagingActivityRecorded"/> published through
/// the outbox, so it commits with the change it records, and DealRooms appends it to the room's hash chain
/// (docs/adr/0017). Details hold ids, lengths, statuses and hashes, never a text.
/// </summary>
internal sealed class RoomActivity(IDbContextOutbox<MessagingDbContext> outbox, ICurrentUser caller, TimeProvider clock)
{
    public ValueTask RecordAsync(
        RoomParticipant who, string action, string targetType, Guid? targetId, IReadOnlyDictionary<string, string?>? details = null) =>
        outbox.PublishAsync(new MessagingActivityRecorded(
            Guid.CreateVersion7(), clock.GetUtcNow(), who.RoomId, who.UserId, who.ActorKind, action, targetType, targetId?.ToString(),
            details ?? new Dictionary<string, string?>(), caller.IpAddress, caller.UserAgentToStore()));

    /// <summary>The system acting (a job): no person, no address.</summary>
    public ValueTask RecordSystemAsync(
        Guid roomId, string action, string targetType, Guid? targetId, IReadOnlyDictionary<string, string?>? details = null) =>
        outbox.PublishAsync(new MessagingActivityRecorded(
            Guid.CreateVersion7(), clock.GetUtcNow(), roomId, null, MessagingActorKinds.System, action, targetType, targetId?.ToString(),
            details ?? new Dictionary<string, string?>(), null, null));
}
