using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ListPolicyVersions;

internal sealed class ListPolicyVersionsHandler(PrivacyDbContext db)
    : IQueryHandler<ListPolicyVersions, Result<IReadOnlyList<AdminPolicyVersionView>>>
{
    public async ValueTask<Result<IReadOnlyList<AdminPolicyVersionView>>> Handle(ListPolicyVersions query, CancellationToken cancellationToken)
    {
        var versions = await db.PolicyVersions.AsNoTracking().ToListAsync(cancellationToken);
        return versions
            .OrderBy(v => v.Number is null ? 0 : 1)
            .ThenByDescending(v => v.Number)
            .ThenByDescending(v => v.Id)
            .Select(AdminPolicyVersionView.Of)
            .ToList();
    }
}
