using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Messaging.Features.PurgeExpiredData;

/// <summary>
/// The retention job's sweep of one category: Messaging removes the conversations or the questions of rooms closed
/// before <see cref="OlderThan"/> (and still closed), except what legal holds keep, and answers Privacy with the counts.
/// A category that is not Messaging's is ignored; one of its own that is not swept answers with nothing purged.
/// </summary>
internal sealed record PurgeExpiredData(Guid RunId, string Category, DateTimeOffset OlderThan, SweepHolds Holds) : ICommand<Result<Done>>;
