using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Messaging.Features.RequestMembershipReplay;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Once the host has started (messaging runs by then), makes sure Messaging asked DealRooms for the membership of
/// the rooms that existed before it: see <see cref="RequestMembershipReplay"/>.
/// </summary>
internal sealed partial class MembershipReplayRequester(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<MembershipReplayRequester> logger) : BackgroundService
{
    public async Task EnsureRequestedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RequestMembershipReplay(), cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        try
        {
            await EnsureRequestedAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not worth stopping the host for: the next start-up asks again.
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ask DealRooms for the membership of the rooms that existed before Messaging")]
    private partial void LogFailed(Exception ex);
}
