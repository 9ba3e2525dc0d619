using System.Security.Cryptography;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.Modules.Notifications.Templates.Models;

namespace SmartRoom.Modules.Notifications.Tests;

public sealed class TemplateRendererTests
{
    private const string Template = "SmartRoom.Modules.Notifications.Templates.";
    private static readonly SecretSealer Sealer = new(new PlatformKeys(RandomNumberGenerator.GetBytes(32), []));
    private readonly EmailComposer _composer = new(new TemplateRenderer(), Sealer, new SmartRoomOptions { PublicBaseUrl = "https://rooms.example/" });

    /// <summary>One model of every template the module ships, filled with recognisable values.</summary>
    private static readonly EmailModel[] Models =
    [
        new AccountLockedEmail("by an administrator", "an administrator unlocks it", "Contact your SmartRoom administrator."),
        new AccountSecurityChangedEmail("SmartRoom: New recovery codes", "New codes.", "2026-11-26 08:00 UTC", "203.0.113.7", "Firefox", "Linux", "https://rooms.example/"),
        new AccountUnlockedEmail(),
        new AnnouncementEmail("SmartRoom news", "Spring release:\nfaster uploads."),
        new BreachClockAlertEmail("BR-20261130-A1B2C3", "48", "24", "2026-12-03 08:00 UTC", false, "https://rooms.example/api/admin/privacy/breaches/1"),
        new BreachNoticeEmail("BR-20261130-A1B2C3", false, "We are sorry.", "A misdirected export", "Names, emails", "Phishing", "Export revoked", "dpo@rooms.example"),
        new ConfirmAccountEmail(Seal("https://rooms.example/confirm?code=LIVE-1")),
        new ConfirmNewAddressEmail(Seal("https://rooms.example/confirm?code=LIVE-2")),
        new ConversationMessageEmail("Falcon", "Bea", "wrote a new message", Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        new DailyDigestEmail([new DigestLine("New document in Falcon", "1.1 Term sheet")]),
        new DocumentAddedEmail("Falcon", "Term sheet", "1.1", "New document"),
        new DocumentsAddedEmail("Falcon"),
        new EmailChangeNoticeEmail("2026-11-26 08:00 UTC", "203.0.113.7", "Firefox", "Linux", "https://rooms.example/", "new@example.test"),
        new EmailChangeToTakenAddressEmail("2026-11-26 08:00 UTC"),
        new FaqPublishedEmail("Falcon", "12", "Legal", Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        new MemberJoinedEmail("Falcon", "Bea", "bea@example.test", "Member"),
        new NewSignInEmail("2026-11-26 08:00 UTC", "Firefox", "Linux", "203.0.113.7"),
        new PasswordChangedEmail("changed", "2026-11-26 08:00 UTC", "203.0.113.7", "Firefox", "Linux", "https://rooms.example/"),
        new PasswordResetEmail(Seal("LIVE-3")),
        new PolicyChangeNoticeEmail("2", "We now keep sign-in records for 90 days.", "2026-12-30 00:00 UTC", "https://rooms.example/api/privacy/policies"),
        new ProfileChangedEmail("1011 AB"),
        new QaReminderEmail("Falcon", "12", "Legal", "2026-12-01 08:00 UTC", true, Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        new QuestionAnsweredEmail("Falcon", "12", "Legal", Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        new QuestionAssignedEmail("Falcon", "12", "Legal", "2026-12-01 08:00 UTC", Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        new QuestionDeclinedEmail("Falcon", "12", "Legal", Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        new QuestionDraftedEmail("Falcon", "12", "Legal", Guid.NewGuid().ToString(), Guid.NewGuid().ToString()),
        new RegistrationAttemptedEmail("2026-11-26 08:00 UTC"),
        new RemovalRequestDecidedEmail("https://rooms.example/blog/q3-results", false, "It is news reporting.", Guid.NewGuid().ToString()),
        new RemovalRequestReceivedEmail("https://rooms.example/blog/q3-results", "2026-12-30 08:00 UTC", Guid.NewGuid().ToString()),
        new RemovalRequestReminderEmail("https://rooms.example/blog/q3-results", "2026-12-30 08:00 UTC", true, Guid.NewGuid().ToString()),
        new RolesChangedEmail("Manager", "Manager", "none"),
        new RoomInvitationEmail("Ann", "Falcon", "Member", "2026-12-01 08:00 UTC", Seal("LIVE-4")),
        new RoomStatusChangedEmail("Falcon", "Draft", "Active", "Members can now work in the room."),
        new SupportAccessEndedEmail("Falcon", "Ann", "revoked"),
        new SupportAccessGrantedEmail("Falcon", "Ann", "2026-12-01 08:00 UTC", "You may read the room's tree."),
        new SupportAccessRequestedEmail("Falcon", Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), "Sam", "A stuck upload"),
        new TestimonialStatusEmail("rejected", "Too long for the page.", Guid.NewGuid().ToString()),
        new TwoFactorRequiredEmail(),
    ];

    public static TheoryData<string> Templates => new(Models.Select(m => m.Template));

    [Fact]
    public void The_test_covers_every_template_the_module_ships_and_each_has_a_model()
    {
        var shipped = typeof(TemplateRenderer).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Template, StringComparison.Ordinal) && n.EndsWith(".liquid", StringComparison.Ordinal))
            .Select(n => n[Template.Length..^".liquid".Length])
            .ToHashSet(StringComparer.Ordinal);

        shipped.ShouldNotBeEmpty();
        Models.Select(m => m.Template).ShouldBe(shipped, ignoreOrder: true);
        EmailModel.Templates.ShouldBe(shipped, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_renders_a_subject_a_text_and_an_html_body(string template)
    {
        var model = Models.Single(m => m.Template == template);
        var (email, _) = _composer.Compose(model, "Ann");

        email.Template.ShouldBe(model.Template);
        email.Subject.ShouldNotBeNullOrWhiteSpace();
        email.Text.ShouldContain("Ann");
        email.Html.ShouldStartWith("<!DOCTYPE html>");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_model_survives_its_trip_through_a_message(string template)
    {
        var model = Models.Single(m => m.Template == template);
        EmailModel.FromJson(model.ToJson()).ToJson().ShouldBe(model.ToJson());
    }

    [Fact]
    public void Values_are_html_encoded_in_the_html_body_and_left_as_written_in_the_text_body()
    {
        var (email, _) = _composer.Compose(new NewSignInEmail("2026-11-26 08:00 UTC", "<script>alert(1)</script>", "Windows", "203.0.113.7"), "Ann <b>& Co</b>");

        email.Subject.ShouldBe("New sign-in to your SmartRoom account");
        email.Html.ShouldContain("Ann &lt;b&gt;&amp; Co&lt;/b&gt;");
        email.Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        email.Html.ShouldNotContain("<script>");
        email.Text.ShouldContain("Ann <b>& Co</b>");
        email.Text.ShouldContain("203.0.113.7");
    }

    [Fact]
    public void Secrets_deal_details_and_the_unsubscribe_link_reach_the_email_but_not_the_log_copy()
    {
        var (email, logCopy) = _composer.Compose(new RoomInvitationEmail("Ann", "Project Falcon", "Member", "2026-12-01 08:00 UTC", Seal("LIVE-TOKEN")), "Bea");

        email.Text.ShouldContain("LIVE-TOKEN");
        email.Text.ShouldContain("Project Falcon");
        logCopy.ShouldNotBeNull();
        logCopy.Text.ShouldNotContain("LIVE-TOKEN");
        logCopy.Text.ShouldNotContain("Project Falcon");
        logCopy.Text.ShouldContain(EmailComposer.Redacted);

        var (profile, profileLog) = _composer.Compose(new ProfileChangedEmail("1011 AB"), "Bea", "https://rooms.example/api/notifications/unsubscribe?token=LIVE-UNSUB");
        profile.Text.ShouldContain("LIVE-UNSUB");
        profileLog!.Text.ShouldNotContain("LIVE-UNSUB");
        _composer.Compose(new ProfileChangedEmail("1011 AB"), "Bea").LogCopy.ShouldBeNull("nothing to hide: the log keeps the email as sent");
    }

    [Fact]
    public void A_security_change_says_what_when_where_and_how_to_react()
    {
        var (email, _) = _composer.Compose(new AccountSecurityChangedEmail("SmartRoom: Two-factor sign-in turned off",
            "Two-factor sign-in was turned off for your SmartRoom account.", "2026-11-26 08:00 UTC", "203.0.113.7", "Firefox 133", "Linux",
            "https://rooms.example/"), "Ann");

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

    private static string Seal(string secret) => EmailComposer.Seal(Sealer, secret);
}
