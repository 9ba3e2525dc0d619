using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// In-process command to Privacy (sent with Wolverine's <c>InvokeAsync</c>): record a cookie choice in the consent
/// ledger, exactly as <c>POST /api/privacy/cookie-consent</c> does. Exactly one of <see cref="AcceptAll"/>,
/// <see cref="RejectAll"/> or both <see cref="Analytics"/> and <see cref="Marketing"/>. Against the account
/// <see cref="UserId"/> when signed in, else against the visitor id of the cookie (a new one when null).
/// Answered with <see cref="CookieChoiceAnswer"/>.
/// </summary>
[MessageIdentity("privacy.record-cookie-choice.v1")]
public sealed record RecordCookieChoice(
    Guid? UserId, Guid? VisitorId, bool AcceptAll, bool RejectAll, bool? Analytics, bool? Marketing, string? IpAddress, string? UserAgent);
