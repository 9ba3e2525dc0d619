using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// In-process question to Privacy (sent with Wolverine's <c>InvokeAsync</c>): has this account (else this visitor,
/// by the id of the visitor cookie) made a cookie choice, and which? Answered with <see cref="CookieChoiceState"/>.
/// </summary>
[MessageIdentity("privacy.get-cookie-choice.v1")]
public sealed record GetCookieChoice(Guid? UserId, Guid? VisitorId);
