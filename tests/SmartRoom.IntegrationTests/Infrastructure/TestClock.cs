namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// The platform clock in tests: real time plus an offset that tests move forward (lockout windows, token
/// expiry) instead of sleeping. Timers stay on real time, so background machinery keeps running.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
