using SmartRoom.Modules.Notifications.Email;

namespace SmartRoom.Modules.Notifications.Tests;

public sealed class RetryOptionsTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(6, 960)]
    [InlineData(10, 7200)]
    [InlineData(40, 7200)]
    public void Back_off_doubles_from_the_base_delay_up_to_the_cap(int attempts, int seconds) =>
        new RetryOptions().DelayAfter(attempts).ShouldBe(TimeSpan.FromSeconds(seconds));
}
