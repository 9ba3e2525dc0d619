using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>At start-up, removes temp blobs and scratch files older than an hour: uploads a crash interrupted before their row committed.</summary>
internal sealed partial class TempBlobSweeper(FileSystemBlobStore store, ILogger<TempBlobSweeper> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(store.TempFolder))
        {
            return Task.CompletedTask;
        }

        foreach (var file in new DirectoryInfo(store.TempFolder).EnumerateFiles("*.tmp").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
        {
            file.Delete();
            LogSwept(file.Name);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed abandoned temp blob {Name}")]
    private partial void LogSwept(string name);
}
