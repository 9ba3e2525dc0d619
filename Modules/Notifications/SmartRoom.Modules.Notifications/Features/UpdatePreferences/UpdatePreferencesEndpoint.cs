using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.UpdatePreferences;

internal static class UpdatePreferencesEndpoint
{
    internal sealed record Body(IReadOnlyList<CategoryChoice> Categories);

    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPut("/notification-preferences", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdatePreferences(body.Categories), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateNotificationPreferences")
            .WithSummary("Immediate, DailyDigest or Off per optional category; essential categories stay Immediate.")
            .Produces<PreferencesResponse>()
            .ProducesValidationProblem();
}
