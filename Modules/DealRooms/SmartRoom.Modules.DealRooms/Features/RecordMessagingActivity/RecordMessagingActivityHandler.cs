using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.Modules.DealRooms.Features.RecordMessagingActivity;

internal sealed partial class RecordMessagingActivityHandler(DealRoomsDbContext db, AuditTrail audit, ILogger<RecordMessagingActivityHandler> logger)
    : ICommandHandler<RecordMessagingActivity, Result<MessagingActivityOutcome>>
{
    // The record's column sizes (AuditRecordConfiguration): what does not fit is not an announcement Messaging makes.
    private const int MaxTargetType = 40;
    private const int MaxTargetId = 100;
    private const int MaxIpAddress = 64;

    public async ValueTask<Result<MessagingActivityOutcome>> Handle(RecordMessagingActivity command, CancellationToken cancellationToken)
    {
        if (!AuditAction.TryFromMessaging(command.Action, out var action))
        {
            LogDropped(command.EventId, command.RoomId, "unknown action", command.Action);
            return MessagingActivityOutcome.Dropped;
        }

        if (ActorKindOf(command.ActorKind) is not { } actorKind)
        {
            LogDropped(command.EventId, command.RoomId, "unknown actor kind", command.ActorKind);
            return MessagingActivityOutcome.Dropped;
        }

        if (command.TargetType is not { Length: > 0 and <= MaxTargetType } || command.TargetId is { Length: > MaxTargetId }
            || command.IpAddress is { Length: > MaxIpAddress } || command.Details is null)
        {
            LogDropped(command.EventId, command.RoomId, "malformed target, address or details", command.Action);
            return MessagingActivityOutcome.Dropped;
        }

        // A second delivery of the same announcement: on the record already. (Two at once: the later insert fails on
        // the id, and the retry ends here.)
        if (await db.AuditRecords.AnyAsync(r => r.Id == command.EventId, cancellationToken))
        {
            return MessagingActivityOutcome.AlreadyRecorded;
        }

        if (!await db.Rooms.AnyAsync(r => r.Id == command.RoomId, cancellationToken))
        {
            LogDropped(command.EventId, command.RoomId, "unknown room", command.Action);
            return MessagingActivityOutcome.Dropped;
        }

        audit.AppendAnnounced(command.EventId, command.RoomId, command.OccurredAt, command.ActorId, actorKind, action,
            command.TargetType, command.TargetId, command.IpAddress, command.UserAgent, command.Details);
        await db.SaveChangesAsync(cancellationToken);
        return MessagingActivityOutcome.Appended;
    }

    private static ActorKind? ActorKindOf(string? kind) => kind switch
    {
        MessagingActorKinds.Member => ActorKind.Member,
        MessagingActorKinds.Manager => ActorKind.Manager,
        MessagingActorKinds.Support => ActorKind.Support,
        MessagingActorKinds.System => ActorKind.System,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messaging's announcement {EventId} for room {RoomId} was not put on the audit trail: {Reason} ({Value})")]
    private partial void LogDropped(Guid eventId, Guid roomId, string reason, string? value);
}
