using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Identity.Features.PurgeExpiredData;

/// <summary>
/// The retention job's sweep of one category: Identity removes what of it is older than
/// <see cref="OlderThan"/> and not under a legal hold, and answers Privacy with the counts. A category that is
/// not Identity's is ignored; one of Identity's that has no sweep answers with nothing purged.
/// </summary>
internal sealed record PurgeExpiredData(Guid RunId, string Category, DateTimeOffset OlderThan, SweepHolds Holds) : ICommand<Result<Done>>;
