namespace SmartRoom.Modules.DealRooms.Features.IssueAuditCheckpoint;

internal sealed class IssueAuditCheckpointHandler(AuditCheckpointIssuer issuer)
    : ICommandHandler<IssueAuditCheckpoint, Result<CheckpointView>>
{
    public async ValueTask<Result<CheckpointView>> Handle(IssueAuditCheckpoint command, CancellationToken cancellationToken)
    {
        var issued = await issuer.IssueAsync(command.RoomId, cancellationToken);
        return issued.IsSuccess ? CheckpointView.Of(issued.Value) : issued.Error;
    }
}
