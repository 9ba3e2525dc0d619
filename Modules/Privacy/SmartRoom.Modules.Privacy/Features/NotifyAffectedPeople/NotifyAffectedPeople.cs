using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.NotifyAffectedPeople;

/// <summary>
/// Emails every person selected as affected and not told yet a plain-language notice: what happened, what data,
/// the likely consequences, the measures taken, the DPO's contact and what they can do. When SmartRoom is the
/// processor of the client room concerned, the room's controllers must have been told first.
/// </summary>
[RequiresUser]
internal sealed record NotifyAffectedPeople(Guid BreachId, string? Message) : ICommand<Result<NoticesSent>>;

/// <summary>The JSON body.</summary>
internal sealed record NotifyAffectedPeopleBody(string? Message);
