namespace SmartRoom.Modules.DealRooms.Features.GetAuditVerification;

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
