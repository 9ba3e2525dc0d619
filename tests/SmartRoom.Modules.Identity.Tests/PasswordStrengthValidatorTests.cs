using SmartRoom.Modules.Identity.Domain;

namespace SmartRoom.Modules.Identity.Tests;

public sealed class PasswordStrengthValidatorTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("qwertyuiopasdf")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public async Task Guessable_passwords_are_refused_whatever_their_length_or_case(string password)
    {
        var result = await new PasswordStrengthValidator().ValidateAsync(null!, new User(), password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().Code.ShouldBe(PasswordStrengthValidator.ErrorCode);
        result.Errors.Single().Description.ShouldStartWith("This password is too easy to guess: ");
    }

    [Theory]
    [InlineData("violet otter under the bridge")]
    [InlineData("correct horse battery")]
    [InlineData("a long enough passphrase")]
    public async Task Passphrases_of_unrelated_words_pass(string password)
    {
        var result = await new PasswordStrengthValidator().ValidateAsync(null!, new User(), password);

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task The_users_own_email_and_name_count_as_guessable()
    {
        var user = new User { Email = "zorbulon.quexteria@example.test", DisplayName = "Zorbulon Quexteria" };
        (await new PasswordStrengthValidator().ValidateAsync(null!, new User(), "quexteriazorbulon")).Succeeded.ShouldBeTrue();

        var result = await new PasswordStrengthValidator().ValidateAsync(null!, user, "quexteriazorbulon");

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().Description.ShouldContain("your name or email address");
    }

    [Fact]
    public void The_message_names_the_kind_of_pattern_never_the_matched_text()
    {
        var (score, reasons) = PasswordStrengthValidator.Evaluate("password1234", []);

        score.ShouldBeLessThan(PasswordStrengthValidator.MinimumScore);
        reasons.ShouldContain("it is built from commonly used passwords");
        reasons.ShouldAllBe(r => !r.Contains("password1234"));
    }

    [Fact]
    public void User_inputs_take_the_email_local_part_and_its_pieces_and_the_name_words()
    {
        var inputs = PasswordStrengthValidator.UserInputs(new User { Email = "Ann.Smith+dr@Example.test", DisplayName = "Ann Smith" });

        inputs.ShouldContain("ann.smith+dr");
        inputs.ShouldContain("smith");
        inputs.ShouldContain("annsmith");
        inputs.ShouldContain("ann");
    }
}
