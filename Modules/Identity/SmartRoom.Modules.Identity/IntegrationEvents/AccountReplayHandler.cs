using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Features.PublishAccountSnapshots;

namespace SmartRoom.Modules.Identity.IntegrationEvents;

/// <summary>Wolverine adapter: another module's request for every account hands over to the slice that publishes them.</summary>
public static class AccountReplayHandler
{
    public static async Task Handle(ReplayAccounts message, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new PublishAccountSnapshots(message.RequestId), cancellationToken);
}
