using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetRetentionSchedule;

/// <summary>
/// The retention schedule: every declared category with its module, effective period, trigger, where the period
/// comes from, and the active legal holds that touch it (holds on the category itself; for a swept category, also
/// holds on people and rooms, which every sweep leaves out).
/// </summary>
internal sealed record GetRetentionSchedule : IQuery<Result<IReadOnlyList<RetentionScheduleEntry>>>;

internal sealed record RetentionScheduleEntry(
    string Key,
    string Module,
    string Name,
    int? Days,
    string Trigger,
    string Source,
    int? DeclaredDays,
    IReadOnlyList<LegalHoldView> Holds);
