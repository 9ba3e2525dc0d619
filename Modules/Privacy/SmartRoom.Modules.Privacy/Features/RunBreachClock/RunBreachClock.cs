namespace SmartRoom.Modules.Privacy.Features.RunBreachClock;

/// <summary>
/// One tick of the 72-hour clock (sent by the <c>privacy:breach-clock</c> job): for every open, notifiable breach
/// not yet notified to the regulator, each threshold passed (24, 48, 60 hours after awareness; 72: overdue) is
/// raised once — a row per breach × threshold — and the privacy team is emailed about the latest one passed
/// (thresholds the clock passed while it was not running are recorded without an email of their own). With
/// nobody on the privacy team nothing is raised (a warning is logged): the alert goes out once someone is.
/// Idempotent: a second run finds the rows and raises nothing; each breach commits on its own, so an interrupted
/// run resumes with the breaches it had not reached.
/// </summary>
internal sealed record RunBreachClock : ICommand<Result<BreachClockRun>>;

/// <summary>What one tick did: breaches looked at, alerts raised, emails asked for.</summary>
internal sealed record BreachClockRun(int Breaches, int Alerts, int Emails);
