using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetRobots;

/// <summary><c>robots.txt</c>: every crawler may read everything public, and the sitemap is named.</summary>
internal sealed record GetRobots : IQuery<Result<SiteDocument>>;
