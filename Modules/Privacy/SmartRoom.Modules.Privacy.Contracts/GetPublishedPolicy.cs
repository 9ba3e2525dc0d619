using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// In-process question to Privacy (sent with Wolverine's <c>InvokeAsync</c>): which privacy policy is in force? The
/// public site asks it for its policy page.
/// </summary>
[MessageIdentity("privacy.get-published-policy.v1")]
public sealed record GetPublishedPolicy;
