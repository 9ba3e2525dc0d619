using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.Modules.DealRooms.Features.RecordLastSeen;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>Records what <see cref="LastSeenRecorder"/> was told, one sighting at a time, each in its own scope.</summary>
internal sealed partial class LastSeenWriter(LastSeenRecorder recorder, IServiceScopeFactory scopes, ILogger<LastSeenWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var seen in recorder.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ISender>()
                        .Send(new RecordLastSeen(seen.RoomId, seen.UserId, seen.At), stoppingToken);
                }
#pragma warning disable CA1031 // A lost sighting must not stop the next ones.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogFailed(ex, seen.RoomId);
                }
                finally
                {
                    recorder.Done();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record a member's last visit to room {RoomId}")]
    private partial void LogFailed(Exception exception, Guid roomId);
}
