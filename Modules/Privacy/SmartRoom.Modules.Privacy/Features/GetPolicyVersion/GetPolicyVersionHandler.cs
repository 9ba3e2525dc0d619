using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetPolicyVersion;

internal sealed class GetPolicyVersionHandler(PrivacyDbContext db) : IQueryHandler<GetPolicyVersion, Result<PolicyVersionView>>
{
    public async ValueTask<Result<PolicyVersionView>> Handle(GetPolicyVersion query, CancellationToken cancellationToken) =>
        await db.PolicyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == query.Number, cancellationToken) is { } version
            ? PolicyVersionView.Of(version)
            : Error.NotFound("policy version");
}
