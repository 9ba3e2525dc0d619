using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Content.Features.PurgeExpiredData;

/// <summary>
/// The retention job's sweep of one category: Content removes decided removal requests, moderation records, or
/// withdrawn testimonial consents whose period ended before <see cref="OlderThan"/>, except what legal holds keep, and
/// answers Privacy with the counts. A category that is not Content's is ignored; one of its own that is not swept
/// answers with nothing purged.
/// </summary>
internal sealed record PurgeExpiredData(Guid RunId, string Category, DateTimeOffset OlderThan, SweepHolds Holds) : ICommand<Result<Done>>;
