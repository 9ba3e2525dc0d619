using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.SweepConsentRecords;

/// <summary>
/// The retention job's sweep of the consent ledger's own categories, one set-based delete each: visitors' cookie
/// choices recorded before <see cref="OlderThan"/>; and, for accounts, the whole history of a purpose whose latest
/// record is a withdrawal made before <see cref="OlderThan"/> (a consent still given is proof in use and stays),
/// except for people under a legal hold, who are counted as held. Answers <c>PurgeCompleted</c>; other categories
/// are not the ledger's and are ignored. Running it twice purges nothing the second time.
/// </summary>
internal sealed record SweepConsentRecords(Guid RunId, string Category, DateTimeOffset OlderThan, SweepHolds Holds) : ICommand<Result<Done>>;
