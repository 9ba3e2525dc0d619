using MailKit.Security;
using SmartRoom.Modules.Notifications.Email;

namespace SmartRoom.Modules.Notifications.Tests;

public sealed class SmtpSecurityTests
{
    [Theory]
    [InlineData("smtp.example.com", SecureSocketOptions.StartTls)]
    [InlineData("192.0.2.25", SecureSocketOptions.StartTls)]
    [InlineData("localhost", SecureSocketOptions.StartTlsWhenAvailable)]
    [InlineData("127.0.0.1", SecureSocketOptions.StartTlsWhenAvailable)]
    [InlineData("::1", SecureSocketOptions.StartTlsWhenAvailable)]
    public void Unless_set_STARTTLS_is_required_off_this_machine(string host, SecureSocketOptions expected) =>
        new SmtpOptions { Host = host }.SocketOptions().ShouldBe(expected);

    [Fact]
    public void An_explicit_choice_is_kept() =>
        new SmtpOptions { Host = "smtp.example.com", Security = "SslOnConnect" }.SocketOptions().ShouldBe(SecureSocketOptions.SslOnConnect);

    [Fact]
    public void An_unknown_choice_is_refused_with_the_setting_named() =>
        Should.Throw<InvalidOperationException>(() => new SmtpOptions { Host = "smtp.example.com", Security = "Maybe" }.SocketOptions())
            .Message.ShouldContain("SmartRoom:Email:Smtp:Security");
}
