using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Features.RequestTeamReplay;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Makes sure Content asked Identity for the accounts that existed before it, so marketing staff made earlier are on
/// the team: see <see cref="RequestTeamReplay"/>.
/// </summary>
internal sealed class TeamReplayRequester(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<TeamReplayRequester> logger)
    : StartupRequest(scopes, lifetime, logger)
{
    protected override string What => "the accounts that existed before Content";

    protected override async ValueTask SendAsync(ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new RequestTeamReplay(), cancellationToken);
}
