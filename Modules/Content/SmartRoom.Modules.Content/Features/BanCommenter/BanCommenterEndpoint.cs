using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.BanCommenter;

internal static class BanCommenterEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/commenters/{userId:guid}/ban", async (Guid userId, BanCommenterBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new BanCommenter(userId, body.Reason, body.Until), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("BanCommenter")
            .WithSummary("Marketing: bans an account from commenting {reason, until?} (for good without until); replaces a ban in force.")
            .Produces<CommenterBanView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
