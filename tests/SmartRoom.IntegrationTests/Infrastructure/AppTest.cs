namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>Base of HTTP tests: one host per class, data emptied before each test.</summary>
public abstract class AppTest(SmartRoomApp app) : IClassFixture<SmartRoomApp>, IAsyncLifetime
{
    protected SmartRoomApp App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
