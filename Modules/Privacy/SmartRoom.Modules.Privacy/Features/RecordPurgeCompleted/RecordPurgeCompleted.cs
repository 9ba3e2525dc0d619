namespace SmartRoom.Modules.Privacy.Features.RecordPurgeCompleted;

/// <summary>
/// A module's answer to a sweep: records the category's counts (the first answer only, so a redelivered order's
/// second answer changes nothing) and finishes the run once no category waits for an answer.
/// </summary>
internal sealed record RecordPurgeCompleted(Guid RunId, string Category, long Purged, long Held, DateTimeOffset CompletedAt) : ICommand<Result<Done>>;
