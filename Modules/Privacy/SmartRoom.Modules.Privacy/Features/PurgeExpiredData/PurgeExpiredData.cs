namespace SmartRoom.Modules.Privacy.Features.PurgeExpiredData;

/// <summary>
/// The retention job's sweep of one of Privacy's own categories. None of them is swept today (legal holds are the
/// record of the hold and are never deleted), so a period configured for one is answered with nothing purged
/// rather than left without an answer; a category that is not Privacy's is ignored.
/// </summary>
internal sealed record PurgeExpiredData(Guid RunId, string Category, DateTimeOffset OlderThan) : ICommand<Result<Done>>;
