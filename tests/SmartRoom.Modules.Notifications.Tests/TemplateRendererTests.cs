using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.Tests;

public sealed class TemplateRendererTests
{
    private readonly TemplateRenderer _renderer = new();

    [Fact]
    public void Values_are_html_encoded_in_the_html_body_and_left_as_written_in_the_text_body()
    {
        var email = _renderer.Render("new-sign-in", new Dictionary<string, object?>
        {
            ["name"] = "Ann <b>& Co</b>",
            ["when"] = "2026-11-26 08:00 UTC",
            ["browser"] = "<script>alert(1)</script>",
            ["os"] = "Windows",
            ["ip"] = "203.0.113.7",
        });

        email.Subject.ShouldBe("New sign-in to your SmartRoom account");
        email.Html.ShouldContain("Ann &lt;b&gt;&amp; Co&lt;/b&gt;");
        email.Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        email.Html.ShouldNotContain("<script>");
        email.Text.ShouldContain("Ann <b>& Co</b>");
        email.Text.ShouldContain("203.0.113.7");
    }

    [Theory]
    [InlineData("confirm-account")]
    [InlineData("confirm-new-email")]
    [InlineData("email-change-notice")]
    [InlineData("password-reset")]
    [InlineData("password-changed")]
    [InlineData("new-sign-in")]
    [InlineData("roles-changed")]
    [InlineData("account-locked")]
    [InlineData("account-unlocked")]
    [InlineData("two-factor-required")]
    [InlineData("profile-changed")]
    [InlineData("daily-digest")]
    public void Every_template_renders_a_subject_a_text_and_an_html_body(string template)
    {
        var email = _renderer.Render(template, new Dictionary<string, object?> { ["name"] = "Ann", ["items"] = new List<object>() });

        email.Subject.ShouldNotBeNullOrWhiteSpace();
        email.Text.ShouldContain("Ann");
        email.Html.ShouldStartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void A_security_change_says_what_when_where_and_how_to_react()
    {
        var email = _renderer.Render("account-security-changed", new Dictionary<string, object?>
        {
            ["name"] = "Ann",
            ["subject"] = "SmartRoom: Two-factor sign-in turned off",
            ["what"] = "Two-factor sign-in was turned off for your SmartRoom account.",
            ["when"] = "2026-11-26 08:00 UTC",
            ["ip"] = "203.0.113.7",
            ["browser"] = "Firefox 133",
            ["os"] = "Linux",
            ["link"] = "https://rooms.example/",
        });

        email.Subject.ShouldBe("SmartRoom: Two-factor sign-in turned off");
        email.Text.ShouldContain("turned off");
        email.Text.ShouldContain("203.0.113.7");
        email.Text.ShouldContain("Firefox 133");
        email.Text.ShouldContain("https://rooms.example/");
        email.Html.ShouldContain("href=\"https://rooms.example/\"");
    }

    [Fact]
    public void Links_escape_their_query_values() =>
        Links.To("https://rooms.example/", "/api/x", ("code", "a+b/c=&d")).ShouldBe("https://rooms.example/api/x?code=a%2Bb%2Fc%3D%26d");
}
