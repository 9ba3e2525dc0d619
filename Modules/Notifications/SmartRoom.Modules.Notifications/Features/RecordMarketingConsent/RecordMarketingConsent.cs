namespace SmartRoom.Modules.Notifications.Features.RecordMarketingConsent;

/// <summary>
/// Keeps the marketing audience in step with the consent ledger: a change of consent to marketing email (given,
/// withdrawn, or no longer counting after a material change of its text) updates that person's copy; changes to
/// other purposes are none of Notifications' business. Newest wins, so replays and late deliveries change nothing.
/// </summary>
internal sealed record RecordMarketingConsent(
    Guid UserId, string Purpose, bool Granted, DateTimeOffset OccurredAt, string? Email, string? DisplayName) : ICommand<Result<Done>>;
