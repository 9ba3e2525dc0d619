using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Privacy.Features.RequestAccountReplay;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Once the host has started (messaging runs by then), makes sure Privacy asked Identity for the accounts that
/// existed before it: see <see cref="RequestAccountReplay"/>.
/// </summary>
internal sealed partial class AccountReplayRequester(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<AccountReplayRequester> logger) : BackgroundService
{
    public async Task EnsureRequestedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RequestAccountReplay(), cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ask Identity for the accounts that existed before Privacy")]
    private partial void LogFailed(Exception ex);
}
