namespace SmartRoom.Modules.DealRooms.Features.GetAuditVerification;

internal sealed class GetAuditVerificationHandler(DealRoomsDbContext db, AuditKeys keys)
    : IQueryHandler<GetAuditVerification, Result<ChainVerification>>
{
    public async ValueTask<Result<ChainVerification>> Handle(GetAuditVerification query, CancellationToken cancellationToken)
    {
        return await RoomChain.VerifyAsync(db, keys, query.RoomId, cancellationToken);
    }
}
