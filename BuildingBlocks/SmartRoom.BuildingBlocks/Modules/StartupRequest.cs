using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRoom.BuildingBlocks.Modules;

/// <summary>
/// Once the host has started (messaging runs by then), sends a module's one start-up command in a scope of its own —
/// typically its request for what another module knew before it (a replay of accounts or memberships). The command
/// itself is idempotent and remembers that it was sent; a failure is logged and never stops the host: the next
/// start-up sends it again. Tests call <see cref="EnsureRequestedAsync"/> directly.
/// </summary>
public abstract partial class StartupRequest(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger logger) : BackgroundService
{
    /// <summary>What is asked, for the log when it fails ("the accounts that existed before Content").</summary>
    protected abstract string What { get; }

    public async Task EnsureRequestedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await SendAsync(scope.ServiceProvider.GetRequiredService<ISender>(), cancellationToken);
    }

    protected abstract ValueTask SendAsync(ISender sender, CancellationToken cancellationToken);

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
            LogFailed(logger, What, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ask for {What} at start-up; the next start-up asks again")]
    private static partial void LogFailed(ILogger logger, string what, Exception ex);
}
