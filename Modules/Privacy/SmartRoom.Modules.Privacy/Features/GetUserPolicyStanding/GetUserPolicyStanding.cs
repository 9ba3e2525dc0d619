using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.GetUserPolicyStanding;

/// <summary>Where one person stands with the policy (asked by other modules through <c>GetPolicyStanding</c>).</summary>
internal sealed record GetUserPolicyStanding(Guid UserId) : IQuery<Result<PolicyStanding>>;
