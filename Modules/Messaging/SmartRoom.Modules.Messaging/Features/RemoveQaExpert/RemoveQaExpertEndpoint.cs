namespace SmartRoom.Modules.Messaging.Features.RemoveQaExpert;

internal static class RemoveQaExpertEndpoint
{
    public static void Map(IEndpointRouteBuilder qa) =>
        qa.MapDelete("/experts/{userId:guid}", async (Guid roomId, Guid userId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RemoveQaExpert(roomId, userId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("RemoveQaExpert")
            .WithSummary("Managers: the member is no longer a Q&A expert.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
