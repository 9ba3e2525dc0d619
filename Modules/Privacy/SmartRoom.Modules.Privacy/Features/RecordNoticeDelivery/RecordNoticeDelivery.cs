namespace SmartRoom.Modules.Privacy.Features.RecordNoticeDelivery;

/// <summary>
/// The final outcome of a notice's email (Notifications' report, by the notice's event id). A report about an
/// email that is not a policy notice is ignored; a notice keeps the first outcome it was given, so a redelivered
/// report changes nothing.
/// </summary>
internal sealed record RecordNoticeDelivery(Guid SourceEventId, string Outcome, string? Reason, DateTimeOffset OccurredAt) : ICommand<Result<Done>>;
