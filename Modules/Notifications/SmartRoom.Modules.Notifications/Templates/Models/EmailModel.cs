using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// What one email template needs, typed: one record per template, named by the template it fills. Its
/// properties are the template's values (<c>RoomId</c> is <c>{{ room_id }}</c>); every email also gets
/// <c>name</c> and <c>base_url</c>, and an optional one its <c>unsubscribe</c> link. Properties marked
/// <see cref="ConfidentialAttribute"/> or <see cref="SecretAttribute"/> never reach the delivery log.
/// Travels inside a durable message as JSON, the template's name as its discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "template")]
[JsonDerivedType(typeof(AccountLockedEmail), "account-locked")]
[JsonDerivedType(typeof(AccountSecurityChangedEmail), "account-security-changed")]
[JsonDerivedType(typeof(AccountUnlockedEmail), "account-unlocked")]
[JsonDerivedType(typeof(AnnouncementEmail), "announcement")]
[JsonDerivedType(typeof(BreachClockAlertEmail), "breach-clock-alert")]
[JsonDerivedType(typeof(BreachNoticeEmail), "breach-notice")]
[JsonDerivedType(typeof(ConfirmAccountEmail), "confirm-account")]
[JsonDerivedType(typeof(ConfirmNewAddressEmail), "confirm-new-email")]
[JsonDerivedType(typeof(ConversationMessageEmail), "conversation-message")]
[JsonDerivedType(typeof(DailyDigestEmail), "daily-digest")]
[JsonDerivedType(typeof(DocumentAddedEmail), "document-added")]
[JsonDerivedType(typeof(DocumentsAddedEmail), "documents-added")]
[JsonDerivedType(typeof(EmailChangeNoticeEmail), "email-change-notice")]
[JsonDerivedType(typeof(EmailChangeToTakenAddressEmail), "email-change-to-taken-address")]
[JsonDerivedType(typeof(FaqPublishedEmail), "faq-published")]
[JsonDerivedType(typeof(MemberJoinedEmail), "member-joined")]
[JsonDerivedType(typeof(NewSignInEmail), "new-sign-in")]
[JsonDerivedType(typeof(PasswordChangedEmail), "password-changed")]
[JsonDerivedType(typeof(PasswordResetEmail), "password-reset")]
[JsonDerivedType(typeof(PolicyChangeNoticeEmail), "policy-change-notice")]
[JsonDerivedType(typeof(ProfileChangedEmail), "profile-changed")]
[JsonDerivedType(typeof(QaReminderEmail), "qa-reminder")]
[JsonDerivedType(typeof(QuestionAnsweredEmail), "question-answered")]
[JsonDerivedType(typeof(QuestionAssignedEmail), "question-assigned")]
[JsonDerivedType(typeof(QuestionDeclinedEmail), "question-declined")]
[JsonDerivedType(typeof(QuestionDraftedEmail), "question-drafted")]
[JsonDerivedType(typeof(RegistrationAttemptedEmail), "registration-attempted")]
[JsonDerivedType(typeof(RemovalRequestDecidedEmail), "removal-request-decided")]
[JsonDerivedType(typeof(RemovalRequestReceivedEmail), "removal-request-received")]
[JsonDerivedType(typeof(RemovalRequestReminderEmail), "removal-request-reminder")]
[JsonDerivedType(typeof(RolesChangedEmail), "roles-changed")]
[JsonDerivedType(typeof(RoomInvitationEmail), "room-invitation")]
[JsonDerivedType(typeof(RoomStatusChangedEmail), "room-status-changed")]
[JsonDerivedType(typeof(SupportAccessEndedEmail), "support-access-ended")]
[JsonDerivedType(typeof(SupportAccessGrantedEmail), "support-access-granted")]
[JsonDerivedType(typeof(SupportAccessRequestedEmail), "support-access-requested")]
[JsonDerivedType(typeof(TestimonialStatusEmail), "testimonial-status")]
[JsonDerivedType(typeof(TwoFactorRequiredEmail), "two-factor-required")]
internal abstract record EmailModel
{
    private static readonly FrozenDictionary<Type, string> Names = typeof(EmailModel).GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToFrozenDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    /// <summary>Every template a model exists for.</summary>
    public static IReadOnlyCollection<string> Templates => Names.Values;

    /// <summary>The name of the template this model fills.</summary>
    [JsonIgnore]
    public string Template => Names[GetType()];

    public string ToJson() => JsonSerializer.Serialize(this);

    public static EmailModel FromJson(string json) =>
        JsonSerializer.Deserialize<EmailModel>(json) ?? throw new JsonException("An email model was empty.");
}
