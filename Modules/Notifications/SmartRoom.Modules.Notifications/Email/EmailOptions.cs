namespace SmartRoom.Modules.Notifications.Email;

/// <summary><c>SmartRoom:Email</c>: where mail goes and how hard we try.</summary>
internal sealed class EmailOptions
{
    public const string Section = "SmartRoom:Email";

    public string From { get; set; } = "SmartRoom <no-reply@smartroom.local>";

    /// <summary>When <see cref="SmtpOptions.Host"/> is set mail goes by SMTP; otherwise into <c>mail/</c> in the data directory.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();
}
