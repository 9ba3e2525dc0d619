using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.Modules.DealRooms.Features.Audit;

/// <summary>Recomputes the room's hash chain: any edited, inserted or deleted record is reported.</summary>
[RequiresUser]
internal sealed record GetAuditVerification(Guid RoomId) : IQuery<Result<ChainVerification>>;

internal sealed class GetAuditVerificationHandler(RoomAccess access, DealRoomsDbContext db) : IQueryHandler<GetAuditVerification, Result<ChainVerification>>
{
    public async ValueTask<Result<ChainVerification>> Handle(GetAuditVerification query, CancellationToken cancellationToken)
    {
        var entered = await access.EnterAsManagerAsync(query.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        // Streamed: memory stays flat however long the trail is.
        var records = db.AuditRecords.AsNoTracking().Where(r => r.RoomId == query.RoomId).OrderBy(r => r.Seq).AsAsyncEnumerable();
        return await AuditVerifier.VerifyAsync(records, cancellationToken);
    }
}

internal static class GetAuditVerificationEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/audit/verify", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetAuditVerification(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("VerifyRoomAudit")
            .WithSummary("{valid, checked, firstInvalidSeq, firstInvalidId}: whether the room's record is intact.")
            .Produces<ChainVerification>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
