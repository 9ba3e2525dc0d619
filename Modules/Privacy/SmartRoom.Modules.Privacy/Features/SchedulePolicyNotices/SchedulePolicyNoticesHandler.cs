using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartRoom.Modules.Privacy.Jobs;

namespace SmartRoom.Modules.Privacy.Features.SchedulePolicyNotices;

internal sealed class SchedulePolicyNoticesHandler(
    PrivacyDbContext db,
    IOptions<PolicyNoticeOptions> options,
    IServiceProvider services,
    TimeProvider clock) : ICommandHandler<SchedulePolicyNotices, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(SchedulePolicyNotices command, CancellationToken cancellationToken)
    {
        if (!command.Material || await db.PolicyNoticeRuns.AnyAsync(r => r.PolicyVersionId == command.PolicyVersionId, cancellationToken))
        {
            return Done.Value;
        }

        var now = clock.GetUtcNow();
        var notifyFrom = command.EffectiveAt.AddDays(-options.Value.DaysBefore);
        db.PolicyNoticeRuns.Add(new PolicyNoticeRun
        {
            Id = Guid.CreateVersion7(),
            PolicyVersionId = command.PolicyVersionId,
            Version = command.Version,
            EffectiveAt = command.EffectiveAt,
            Summary = command.Summary,
            NotifyFrom = notifyFrom < now ? now : notifyFrom,
            Status = PolicyNoticeRunStatus.Scheduled,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);

        if (notifyFrom <= now && options.Value.TriggerAtOnce)
        {
            // Due now: no need to wait for the next scheduled run of the job. The job client is resolved only here:
            // resolving it opens Hangfire's storage (on PostgreSQL, its schema check), which a host that runs no
            // job server (tests) should not pay for, nor fail on, for every published version.
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<PolicyChangeNoticesJob>(job => job.Run(CancellationToken.None));
        }

        return Done.Value;
    }
}
