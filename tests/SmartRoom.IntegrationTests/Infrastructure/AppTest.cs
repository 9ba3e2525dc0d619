namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// Base of HTTP tests: one host per class, data emptied before each test; after each test the host's
/// background work has settled with no dead letter and no failed job.
/// </summary>
public abstract class AppTest(SmartRoomApp app) : IClassFixture<SmartRoomApp>, IAsyncLifetime
{
    protected SmartRoomApp App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public async Task DisposeAsync()
    {
        await App.Work.WaitUntilQuietAsync();
        await App.Work.AssertNoFailuresAsync();
    }

    /// <summary>
    /// Before a negative check ("no email", "no digest item"): waits until every message the test's actions
    /// caused is handled, so that what has not happened yet is not taken for what will not happen.
    /// </summary>
    protected Task QuietAsync() => App.Work.WaitUntilQuietAsync();

    /// <summary>For what happens after the response (messages, emails): polls until it holds, or fails after 20 s.</summary>
    protected static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }

            await Task.Delay(25);
        }
    }
}
