using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.Features.PurgeExpiredData;

/// <summary>
/// The retention job's sweep of one category: Notifications removes what of it is older than
/// <see cref="OlderThan"/> and not under a legal hold, and answers Privacy with the counts. A category that is
/// not Notifications' is ignored; one of its own that has no sweep answers with nothing purged.
/// </summary>
internal sealed record PurgeExpiredData(Guid RunId, string Category, DateTimeOffset OlderThan, SweepHolds Holds) : ICommand<Result<Done>>;
