using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.Register;

internal static class RegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/register", async (RegisterBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Register(body.Email, body.Password, body.DisplayName), ct))
                .ToHttp(r => TypedResults.Created("/api/me", r)))
            .WithName("Register")
            .WithSummary("Create an account; a confirmation email follows.")
            .Produces<Registered>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.Registration)
            .Public();
}
