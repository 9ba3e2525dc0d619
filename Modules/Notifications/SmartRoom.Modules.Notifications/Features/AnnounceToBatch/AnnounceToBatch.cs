namespace SmartRoom.Modules.Notifications.Features.AnnounceToBatch;

/// <summary>
/// One batch of an announcement: a <c>NotifyRecipient</c> (category <c>marketing</c>, the announcement's id as event id)
/// for each person consenting now after the checkpoint <see cref="After"/>, in user-id order, and the message for the
/// next batch, in one commit. A batch handled twice queues notices that are recognised and sent once.
/// </summary>
internal sealed record AnnounceToBatch(Guid AnnouncementId, string Subject, string Body, Guid? After) : ICommand<Result<Done>>;
