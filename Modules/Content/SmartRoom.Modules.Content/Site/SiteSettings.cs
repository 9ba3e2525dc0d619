using Microsoft.Extensions.Configuration;
using SmartRoom.BuildingBlocks.Configuration;

namespace SmartRoom.Modules.Content.Site;

/// <summary>
/// The public site's settings: its name (<c>SmartRoom:Site:Name</c>, default "SmartRoom") and description
/// (<c>SmartRoom:Site:Description</c>), and the absolute base of its links (<c>SmartRoom:PublicBaseUrl</c>).
/// </summary>
internal sealed record SiteSettings(string Name, string Description, string BaseUrl)
{
    public static SiteSettings From(IConfiguration configuration) => new(
        configuration["SmartRoom:Site:Name"] is { Length: > 0 } name ? name : "SmartRoom",
        configuration["SmartRoom:Site:Description"] is { Length: > 0 } description ? description
            : "News, guides and customers' stories from the SmartRoom deal room.",
        SmartRoomOptions.From(configuration).PublicBaseUrl.TrimEnd('/'));
}
