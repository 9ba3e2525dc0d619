using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetAuditVerification;

internal static class GetAuditVerificationEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/audit/verify", roomId => new GetAuditVerification(roomId), StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("VerifyRoomAudit")
            .WithSummary("{valid, checked, firstInvalidSeq, firstInvalidId, problems:[{kind, seq, id?, count?}], head:{seq, hash}, anchored, " +
                "checkpointsChecked}: whether the room's record is intact; kinds edited, deleted, inserted, truncated, reordered, " +
                "head-missing, head-invalid, head-mismatch, checkpoint-invalid.");
}
