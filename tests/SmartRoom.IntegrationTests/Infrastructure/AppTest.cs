namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>Base of HTTP tests: one host per class, data emptied before each test.</summary>
public abstract class AppTest(SmartRoomApp app) : IClassFixture<SmartRoomApp>, IAsyncLifetime
{
    protected SmartRoomApp App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

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
