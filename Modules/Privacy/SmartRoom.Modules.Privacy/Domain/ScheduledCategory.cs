using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// A declared category with its effective retention: <see cref="Days"/> after its trigger, as declared by its module
/// or as configured (<see cref="Source"/> <c>declared</c> / <c>configured</c>). Null days: not swept on a schedule.
/// </summary>
internal sealed record ScheduledCategory(DataCategory Category, int? Days, string Source)
{
    public const string Declared = "declared";
    public const string Configured = "configured";

    public string Key => Category.Key;
}
