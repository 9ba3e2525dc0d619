namespace SmartRoom.Modules.Privacy.Features.RecordUnsubscribe;

/// <summary>
/// The unsubscribe link of a marketing email was used: a <c>withdrawn</c> record of consent to marketing email,
/// method <c>email-link</c>, at the time of the click. The record takes the event's id, so a second delivery adds
/// nothing; one arriving after a later decision is kept in its place in time and changes nothing current.
/// </summary>
internal sealed record RecordUnsubscribe(Guid EventId, DateTimeOffset OccurredAt, Guid UserId) : ICommand<Result<Done>>;
