using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.GetUserPolicyStanding;

internal sealed class GetUserPolicyStandingHandler(PolicyStandings standings) : IQueryHandler<GetUserPolicyStanding, Result<PolicyStanding>>
{
    public async ValueTask<Result<PolicyStanding>> Handle(GetUserPolicyStanding query, CancellationToken cancellationToken) =>
        await standings.OfAsync(query.UserId, cancellationToken);
}
