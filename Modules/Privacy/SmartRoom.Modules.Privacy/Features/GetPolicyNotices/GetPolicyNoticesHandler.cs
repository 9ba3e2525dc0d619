using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.GetPolicyNotices;

internal sealed class GetPolicyNoticesHandler(PrivacyDbContext db) : IQueryHandler<GetPolicyNotices, Result<PolicyNoticesReport>>
{
    private static readonly PolicyNoticeStatus[] NotReached = [PolicyNoticeStatus.Failed, PolicyNoticeStatus.Unreachable];

    public async ValueTask<Result<PolicyNoticesReport>> Handle(GetPolicyNotices query, CancellationToken cancellationToken)
    {
        var run = await db.PolicyNoticeRuns.AsNoTracking().SingleOrDefaultAsync(r => r.PolicyVersionId == query.PolicyVersionId, cancellationToken);
        if (run is null)
        {
            var version = await db.PolicyVersions.AsNoTracking().Where(v => v.Id == query.PolicyVersionId)
                .Select(v => new { v.Number, v.EffectiveAt }).SingleOrDefaultAsync(cancellationToken);
            return version is null
                ? Error.NotFound("policy version")
                : new PolicyNoticesReport(query.PolicyVersionId, version.Number, "none", null, version.EffectiveAt, 0, 0,
                    new PolicyNoticeCounts(0, 0, 0, 0, 0), new Paged<UnreachedRecipient>([], query.Page, query.PageSize, 0));
        }

        var byStatus = await db.PolicyNotices.AsNoTracking().Where(n => n.RunId == run.Id)
            .GroupBy(n => n.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        int Count(PolicyNoticeStatus status) => byStatus.GetValueOrDefault(status);

        var unreached = db.PolicyNotices.AsNoTracking().Where(n => n.RunId == run.Id && NotReached.Contains(n.Status));
        var page = await unreached
            .OrderBy(n => n.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(n => new { n.UserId, n.Email, n.DisplayName, n.Status, n.Reason, n.OutcomeAt })
            .ToListAsync(cancellationToken);

        return new PolicyNoticesReport(
            run.PolicyVersionId,
            run.Version,
            run.Status.ToString().ToLowerInvariant(),
            run.NotifyFrom,
            run.EffectiveAt,
            run.Recipients,
            run.Batches,
            new PolicyNoticeCounts(
                Count(PolicyNoticeStatus.Pending) + Count(PolicyNoticeStatus.Dispatched),
                Count(PolicyNoticeStatus.Dispatched),
                Count(PolicyNoticeStatus.Sent),
                Count(PolicyNoticeStatus.Failed),
                Count(PolicyNoticeStatus.Unreachable)),
            new Paged<UnreachedRecipient>(
                page.Select(n => new UnreachedRecipient(n.UserId, n.Email, n.DisplayName, n.Status.ToString().ToLowerInvariant(), n.Reason, n.OutcomeAt)).ToList(),
                query.Page,
                query.PageSize,
                Count(PolicyNoticeStatus.Failed) + Count(PolicyNoticeStatus.Unreachable)));
    }
}
