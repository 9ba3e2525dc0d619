namespace SmartRoom.Modules.Notifications.Features.SendAnnouncement;

/// <summary>
/// Marketing staff send an announcement (plain text; every value is escaped in the HTML body) to everyone whose
/// consent to marketing email counts: one <c>NotifyRecipient</c> per person in the <c>marketing</c> category, queued
/// in batches (<c>AnnounceToNextBatch</c>), each notice checking consent again when it is handled. Nobody else gets it, whatever their preferences.
/// </summary>
internal sealed record SendAnnouncement(string Subject, string Body) : ICommand<Result<AnnouncementQueued>>;

/// <param name="Recipients">People consenting at the time of the call (whoever withdraws before their batch is left out).</param>
internal sealed record AnnouncementQueued(Guid Id, int Recipients);
