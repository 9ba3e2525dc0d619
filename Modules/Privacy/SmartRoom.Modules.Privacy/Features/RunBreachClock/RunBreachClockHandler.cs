using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.RunBreachClock;

internal sealed class RunBreachClockHandler(
    PrivacyDbContext db,
    IServiceScopeFactory scopes,
    PrivacyTeam team,
    SmartRoomOptions platform,
    TimeProvider clock,
    ILogger<RunBreachClockHandler> logger) : ICommandHandler<RunBreachClock, Result<BreachClockRun>>
{
    public async ValueTask<Result<BreachClockRun>> Handle(RunBreachClock command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var running = await BreachRegister.Current(db).AsNoTracking()
            .Where(e => e.ClosedAt == null && e.Notifiable && e.RegulatorNotifiedAt == null && e.AwareAt <= now.AddHours(-BreachClock.Thresholds[0]))
            .OrderBy(e => e.BreachId)
            .ToListAsync(cancellationToken);
        var (alerts, emails) = (0, 0);
        IReadOnlyList<TeamRecipient>? recipients = null;
        foreach (var breach in running)
        {
            var raised = await db.BreachAlerts.AsNoTracking().Where(a => a.BreachId == breach.BreachId).Select(a => a.ThresholdHours).ToListAsync(cancellationToken);
            var due = BreachClock.Passed(breach, now).Except(raised).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            recipients ??= await team.RecipientsAsync(db, now, cancellationToken);
            if (recipients.Count == 0)
            {
                // Nobody would hear it: the alert stays due, and goes out once someone is on the team.
                logger.LogWarning("Breach {Reference} passed {Hours} hours without a regulator notification, and the privacy team is empty: " +
                    "no privacy officer or admin account, nothing in {Key}.", breach.Reference, due.Max(), PrivacyTeamOptions.Key);
                continue;
            }

            if (await RaiseAsync(breach, due, recipients, now, cancellationToken))
            {
                alerts += due.Count;
                emails += recipients.Count;
            }
        }

        return new BreachClockRun(running.Count, alerts, emails);
    }

    /// <summary>One breach, one unit of work: its alert rows and the emails about the latest threshold commit together.</summary>
    private async Task<bool> RaiseAsync(BreachEntry breach, List<int> due, IReadOnlyList<TeamRecipient> recipients, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<PrivacyDbContext>>();
        var latest = due.Max();
        foreach (var threshold in due)
        {
            outbox.DbContext.BreachAlerts.Add(new BreachAlert
            {
                Id = Guid.CreateVersion7(),
                BreachId = breach.BreachId,
                ThresholdHours = threshold,
                RaisedAt = now,
                Recipients = threshold == latest ? recipients.Count : 0,
            });
        }

        // Rounded up: an alert raised a minute after the 24-hour mark says 48 hours are left.
        var hoursLeft = (int)Math.Ceiling((breach.SaDueAt - now).TotalHours);
        var link = BreachRegister.Link(platform.PublicBaseUrl, breach.BreachId);
        foreach (var to in recipients)
        {
            await outbox.PublishAsync(new BreachClockAlertRaised(
                Guid.CreateVersion7(), now, breach.BreachId, breach.Reference, latest, hoursLeft, breach.SaDueAt, to.UserId, to.Email, to.DisplayName, link));
        }

        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent run raised these thresholds first (the unique key): nothing here was written or sent.
            return false;
        }
    }
}
