using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Messaging.Features.RequestMembershipReplay;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Makes sure Messaging asked DealRooms for the membership of the rooms that existed before it: see
/// <see cref="RequestMembershipReplay"/>.
/// </summary>
internal sealed class MembershipReplayRequester(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<MembershipReplayRequester> logger)
    : StartupRequest(scopes, lifetime, logger)
{
    protected override string What => "the membership of the rooms that existed before Messaging";

    protected override async ValueTask SendAsync(ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new RequestMembershipReplay(), cancellationToken);
}
