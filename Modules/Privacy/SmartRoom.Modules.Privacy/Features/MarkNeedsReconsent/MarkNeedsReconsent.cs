namespace SmartRoom.Modules.Privacy.Features.MarkNeedsReconsent;

/// <summary>
/// One batch of a material purpose change: publishes <c>ConsentChanged(Granted: false, State: needs-reconsent)</c>
/// for each account whose latest consent answered an older version, after the checkpoint <see cref="After"/>, and
/// sends itself the next batch. Safe to run twice: a repeated event says the same thing again.
/// </summary>
internal sealed record MarkNeedsReconsent(string Purpose, int Version, int CountedFrom, DateTimeOffset PublishedAt, Guid? After) : ICommand<Result<Done>>;
