using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.DecideSupportAccess;

internal static class DecideSupportAccessEndpoint
{
    internal sealed record ApproveBody(int? Hours, bool MayViewDocuments = false, bool MayReadMessages = false);

    public static void Map(IEndpointRouteBuilder rooms)
    {
        const string Route = "/{roomId:guid}/support-access-requests/{requestId:guid}";
        rooms.MapPost(Route + "/approve", async (Guid roomId, Guid requestId, ApproveBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DecideSupportAccess(roomId, requestId, SupportDecision.Approve, body.Hours, body.MayViewDocuments, body.MayReadMessages), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("ApproveSupportAccess")
            .WithSummary("Let the support requester in for 1–72 hours; documents viewable only with mayViewDocuments, conversations and questions readable only with mayReadMessages (both default false).")
            .Produces<SupportAccessView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        rooms.MapPost(Route + "/deny", async (Guid roomId, Guid requestId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DecideSupportAccess(roomId, requestId, SupportDecision.Deny), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("DenySupportAccess")
            .Produces<SupportAccessView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        rooms.MapPost(Route + "/revoke", async (Guid roomId, Guid requestId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DecideSupportAccess(roomId, requestId, SupportDecision.Revoke), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("RevokeSupportAccess")
            .WithSummary("End a live support grant now.")
            .Produces<SupportAccessView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
