using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// The retention job's order to the module that owns <paramref name="Category"/>: delete (or anonymise) in one
/// set-based statement everything of that category whose trigger happened before <paramref name="OlderThan"/>,
/// except what <paramref name="Holds"/> covers. Every module's handler ignores categories it does not own; the
/// owner answers with <see cref="PurgeCompleted"/>. Idempotent: running it twice purges nothing the second time.
/// </summary>
[MessageIdentity("privacy.purge-expired.v1")]
public sealed record PurgeExpired(Guid RunId, string Category, DateTimeOffset OlderThan, SweepHolds Holds);
