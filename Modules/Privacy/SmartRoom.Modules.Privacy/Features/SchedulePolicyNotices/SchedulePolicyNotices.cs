namespace SmartRoom.Modules.Privacy.Features.SchedulePolicyNotices;

/// <summary>
/// A policy version was published: when it is material, its notice run is created, due the configured days before
/// it takes effect (at once if that moment has passed), and the job is started when it is due already.
/// Idempotent: one run per version (a unique key), a second delivery of the event finds it and does nothing.
/// </summary>
internal sealed record SchedulePolicyNotices(
    Guid PolicyVersionId,
    int Version,
    bool Material,
    DateTimeOffset EffectiveAt,
    string Summary) : ICommand<Result<Done>>;
