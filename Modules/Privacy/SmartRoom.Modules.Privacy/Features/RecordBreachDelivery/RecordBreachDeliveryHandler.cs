using SmartRoom.Modules.Notifications.Contracts;

namespace SmartRoom.Modules.Privacy.Features.RecordBreachDelivery;

internal sealed class RecordBreachDeliveryHandler(PrivacyDbContext db) : ICommandHandler<RecordBreachDelivery, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordBreachDelivery command, CancellationToken cancellationToken)
    {
        var state = command.Outcome switch
        {
            EmailDeliveryReported.Sent => BreachDelivery.Sent,
            EmailDeliveryReported.Failed => BreachDelivery.Failed,
            EmailDeliveryReported.Unreachable => BreachDelivery.Unreachable,
            _ => null,
        };
        if (state is null)
        {
            return Done.Value;
        }

        var reason = command.Reason is { Length: > 500 } text ? text[..500] : command.Reason;
        if (await db.BreachSubjects.SingleOrDefaultAsync(s => s.NoticeEventId == command.SourceEventId, cancellationToken) is { } subject)
        {
            if (subject.DeliveryReportedAt is null || command.ReportedAt >= subject.DeliveryReportedAt)
            {
                (subject.Delivery, subject.DeliveryReason, subject.DeliveryReportedAt) = (state, reason, command.ReportedAt);
            }
        }
        else if (await db.BreachControllerNotices.FindAsync([command.SourceEventId], cancellationToken) is { } notice)
        {
            if (notice.DeliveryReportedAt is null || command.ReportedAt >= notice.DeliveryReportedAt)
            {
                (notice.Delivery, notice.DeliveryReason, notice.DeliveryReportedAt) = (state, reason, command.ReportedAt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
