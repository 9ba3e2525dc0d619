namespace SmartRoom.Modules.Privacy.Features.PurgeExpiredData;

/// <summary>
/// The retention job's sweep of one of Privacy's own categories that has no sweep of its own (the consent ledger
/// sweeps its two itself). Legal holds are never deleted; the others (policy notices, the breach register) are not
/// swept yet, so a period declared or configured for one is answered with nothing purged rather than left
/// without an answer. A category that is not Privacy's is ignored.
/// </summary>
internal sealed record PurgeExpiredData(Guid RunId, string Category, DateTimeOffset OlderThan) : ICommand<Result<Done>>;
