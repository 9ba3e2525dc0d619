using SmartRoom.Modules.Notifications.Contracts;

namespace SmartRoom.Modules.Privacy.Features.RecordNoticeDelivery;

internal sealed class RecordNoticeDeliveryHandler(PrivacyDbContext db) : ICommandHandler<RecordNoticeDelivery, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordNoticeDelivery command, CancellationToken cancellationToken)
    {
        var outcome = command.Outcome switch
        {
            EmailDeliveryReported.Sent => PolicyNoticeStatus.Sent,
            EmailDeliveryReported.Failed => PolicyNoticeStatus.Failed,
            EmailDeliveryReported.Unreachable => PolicyNoticeStatus.Unreachable,
            _ => (PolicyNoticeStatus?)null,
        };
        var notice = outcome is null ? null : await db.PolicyNotices.SingleOrDefaultAsync(n => n.EventId == command.SourceEventId, cancellationToken);
        if (notice is not { Status: PolicyNoticeStatus.Dispatched })
        {
            return Done.Value;
        }

        notice.Status = outcome!.Value;
        notice.OutcomeAt = command.OccurredAt;
        notice.Reason = command.Reason is { Length: > 1000 } reason ? reason[..1000] : command.Reason;
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
