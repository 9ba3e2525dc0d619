using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.GetPreferences;

internal static class GetPreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapGet("/notification-preferences", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPreferences(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetNotificationPreferences")
            .Produces<PreferencesResponse>();
}
