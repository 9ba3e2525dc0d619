using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Audit;

/// <summary>
/// Recomputes the room's keyed hash chain against its head and its stored checkpoints: edited, inserted,
/// deleted, reordered and truncated records are reported, each with where.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetAuditVerification(Guid RoomId) : IQuery<Result<ChainVerification>>, IRoomRequest;

internal sealed class GetAuditVerificationHandler(DealRoomsDbContext db, AuditKeys keys)
    : IQueryHandler<GetAuditVerification, Result<ChainVerification>>
{
    public async ValueTask<Result<ChainVerification>> Handle(GetAuditVerification query, CancellationToken cancellationToken)
    {
        return await RoomChain.VerifyAsync(db, keys, query.RoomId, cancellationToken);
    }
}

internal static class RoomChain
{
    /// <summary>Verifies a room's whole chain with its head and every checkpoint issued for it (and <paramref name="extra"/>, if given).</summary>
    public static async Task<ChainVerification> VerifyAsync(DealRoomsDbContext db, AuditKeys keys, Guid roomId, CancellationToken ct,
        AuditCheckpoint? extra = null)
    {
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.RoomId == roomId, ct);
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().Where(c => c.RoomId == roomId).OrderBy(c => c.Seq).ToListAsync(ct);
        if (extra is not null)
        {
            checkpoints.Add(extra);
        }

        // Streamed: memory stays flat however long the trail is.
        var records = db.AuditRecords.AsNoTracking().Where(r => r.RoomId == roomId).OrderBy(r => r.Seq).AsAsyncEnumerable();
        return await AuditVerifier.VerifyAsync(records, head, checkpoints, keys, ct);
    }
}

internal static class GetAuditVerificationEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/audit/verify", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetAuditVerification(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("VerifyRoomAudit")
            .WithSummary("{valid, checked, firstInvalidSeq, firstInvalidId, problems:[{kind, seq, id?, count?}], head:{seq, hash}, anchored, " +
                "checkpointsChecked}: whether the room's record is intact; kinds edited, deleted, inserted, truncated, reordered, " +
                "head-missing, head-invalid, head-mismatch, checkpoint-invalid.")
            .Produces<ChainVerification>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
