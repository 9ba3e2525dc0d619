using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Privacy.Features.RequestAccountReplay;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Makes sure Privacy asked Identity for the accounts that existed before it: see <see cref="RequestAccountReplay"/>.
/// </summary>
internal sealed class AccountReplayRequester(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<AccountReplayRequester> logger)
    : StartupRequest(scopes, lifetime, logger)
{
    protected override string What => "the accounts that existed before Privacy";

    protected override async ValueTask SendAsync(ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new RequestAccountReplay(), cancellationToken);
}
