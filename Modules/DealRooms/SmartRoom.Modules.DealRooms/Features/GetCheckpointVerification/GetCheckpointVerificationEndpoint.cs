namespace SmartRoom.Modules.DealRooms.Features.GetCheckpointVerification;

internal static class GetCheckpointVerificationEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/audit/verify-checkpoint", async (Guid roomId, CheckpointView checkpoint, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetCheckpointVerification(roomId, checkpoint), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("VerifyRoomAuditCheckpoint")
            .WithSummary("Body: a checkpoint from audit/checkpoint. {holds, reason (held | missing | hash-differs | not-authentic), seq, hash, " +
                "currentHash, chain}; 400 checkpoint-signature-invalid when the checkpoint was altered.")
            .Produces<CheckpointCheck>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
