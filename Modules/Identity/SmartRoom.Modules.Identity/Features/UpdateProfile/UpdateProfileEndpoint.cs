using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.UpdateProfile;

internal static class UpdateProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me", async (UpdateProfileBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateProfile(body.DisplayName, body.ZipCode), ct)).ToHttp(me => TypedResults.Ok(me)))
            .WithName("UpdateProfile")
            .WithSummary("Change display name and zip code; the email is read-only here.")
            .Produces<Me>()
            .ProducesValidationProblem()
            .RequireAuthorization();
}
