using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// In-process question to Privacy (sent with Wolverine's <c>InvokeAsync</c>): where does this user stand with
/// the privacy policy? Identity asks it for the sign-in response and <c>GET /api/me</c>.
/// </summary>
[MessageIdentity("privacy.get-policy-standing.v1")]
public sealed record GetPolicyStanding(Guid UserId);
