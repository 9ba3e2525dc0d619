namespace SmartRoom.Modules.DealRooms.Features.IssueAuditCheckpoint;

internal static class IssueAuditCheckpointEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/audit/checkpoint", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new IssueAuditCheckpoint(roomId), ct)).ToHttp(c => TypedResults.Ok(c)))
            .WithName("GetRoomAuditCheckpoint")
            .WithSummary("{roomId, seq, hash, issuedAt, keyId, signature}: the room's chain head signed with ECDSA P-256 (public key at " +
                "/api/audit/signing-key). 409 audit-chain-invalid when the chain does not verify.")
            .Produces<CheckpointView>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
