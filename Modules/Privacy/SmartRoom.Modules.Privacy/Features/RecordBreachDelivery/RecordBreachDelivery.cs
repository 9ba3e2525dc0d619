namespace SmartRoom.Modules.Privacy.Features.RecordBreachDelivery;

/// <summary>
/// Notifications reported the final outcome of the email that event <paramref name="SourceEventId"/> caused: if that
/// was a breach notice, its delivery state follows. Unknown ids are someone else's emails and are ignored; an
/// older report never overwrites a newer one.
/// </summary>
internal sealed record RecordBreachDelivery(Guid SourceEventId, string Outcome, string? Reason, DateTimeOffset ReportedAt) : ICommand<Result<Done>>;
