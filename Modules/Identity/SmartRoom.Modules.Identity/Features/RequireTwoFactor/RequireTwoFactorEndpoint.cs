namespace SmartRoom.Modules.Identity.Features.RequireTwoFactor;

internal static class RequireTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/users/{userId:guid}/require-2fa", async (Guid userId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RequireTwoFactor(userId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("RequireTwoFactor")
            .WithSummary("Require two-factor sign-in for the account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
