namespace SmartRoom.Modules.Notifications.Features.Unsubscribe;

/// <summary>
/// The one-click link of a non-essential email: switches that one category off for that one person,
/// without signing in; for a marketing email it withdraws consent to marketing email (here at once, and in
/// Privacy's consent ledger through <c>MarketingEmailUnsubscribed</c>). Single use: a second use answers 410.
/// </summary>
internal sealed record Unsubscribe(string Token) : ICommand<Result<Unsubscribed>>;

internal sealed record Unsubscribed(string Category);
