using SmartRoom.Modules.Identity.Domain;

namespace SmartRoom.Modules.Identity.Tests;

public sealed class CommonPasswordValidatorTests
{
    [Fact]
    public void The_shipped_list_holds_ten_thousand_passwords() => CommonPasswordValidator.Count.ShouldBe(10_000);

    [Theory]
    [InlineData("password")]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("1qaz2wsx3edc")]
    public async Task Common_passwords_are_refused_whatever_their_case(string password)
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new User(), password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().Code.ShouldBe("PasswordTooCommon");
    }

    [Fact]
    public async Task An_uncommon_passphrase_passes()
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new User(), "violet otter under the bridge");

        result.Succeeded.ShouldBeTrue();
    }
}
