using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Content.Features.RequestTeamReplay;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Once the host has started (messaging runs by then), makes sure Content asked Identity for the accounts that
/// existed before it, so marketing staff made earlier are on the team: see <see cref="RequestTeamReplay"/>.
/// </summary>
internal sealed partial class TeamReplayRequester(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<TeamReplayRequester> logger) : BackgroundService
{
    public async Task EnsureRequestedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RequestTeamReplay(), cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ask Identity for the accounts that existed before Content")]
    private partial void LogFailed(Exception ex);
}
