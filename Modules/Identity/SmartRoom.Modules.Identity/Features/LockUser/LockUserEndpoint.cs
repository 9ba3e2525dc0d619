namespace SmartRoom.Modules.Identity.Features.LockUser;

internal static class LockUserEndpoint
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/users/{userId:guid}/lock", async (Guid userId, LockUserBody? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new LockUser(userId, true, body?.Until), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("LockUser")
            .WithSummary("Lock the account (optionally until a time); its sessions end at once.")
            .Produces<LockState>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        admin.MapPost("/users/{userId:guid}/unlock", async (Guid userId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new LockUser(userId, false, null), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("UnlockUser")
            .Produces<LockState>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
