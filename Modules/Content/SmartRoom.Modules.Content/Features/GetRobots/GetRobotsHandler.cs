using System.Text;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetRobots;

internal sealed class GetRobotsHandler(SmartRoomOptions platform) : IQueryHandler<GetRobots, Result<SiteDocument>>
{
    public ValueTask<Result<SiteDocument>> Handle(GetRobots query, CancellationToken cancellationToken)
    {
        // What is not public answers 401 or 404 anyway; crawlers are not told where the API is by a Disallow line.
        var text = $"User-agent: *\nAllow: /\n\nSitemap: {platform.PublicBaseUrl.TrimEnd('/')}/sitemap.xml\n";
        return ValueTask.FromResult<Result<SiteDocument>>(new SiteDocument(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", null));
    }
}
