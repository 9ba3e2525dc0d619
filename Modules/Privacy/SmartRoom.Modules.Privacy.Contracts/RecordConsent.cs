namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// In-process request to Privacy (Wolverine's <c>InvokeAsync&lt;ConsentRecordedAnswer&gt;</c>): put a person's decision
/// about <paramref name="Purpose"/> on the consent ledger, as the person's own settings do, answering the version of
/// the text they were shown (<paramref name="Version"/>; the current version only). <paramref name="Method"/> says how
/// it was given (e.g. <c>testimonial-form</c>: lower-case letters and dashes). When the person's state for the purpose
/// changes, Privacy announces it with <see cref="ConsentChanged"/>.
/// </summary>
public sealed record RecordConsent(
    Guid UserId, string Purpose, int Version, bool Granted, string Method, string? IpAddress, string? UserAgent);

/// <summary>
/// The answer to <see cref="RecordConsent"/>: <paramref name="Refusal"/> is null when the decision was recorded
/// (<paramref name="RecordId"/>, <paramref name="RecordedAt"/>), else <c>unknown-purpose</c>, <c>invalid-method</c> or
/// <c>consent-text-changed</c> (the version shown is not the current one, <paramref name="CurrentVersion"/>).
/// <paramref name="State"/> is the person's state for the purpose afterwards (<c>granted</c>, <c>withdrawn</c>, …).
/// </summary>
public sealed record ConsentRecordedAnswer(
    string? Refusal, Guid? RecordId, int CurrentVersion, string? State, DateTimeOffset? RecordedAt)
{
    public bool Recorded => Refusal is null;
}
