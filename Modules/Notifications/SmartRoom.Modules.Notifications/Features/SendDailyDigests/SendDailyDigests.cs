namespace SmartRoom.Modules.Notifications.Features.SendDailyDigests;

/// <summary>
/// One summary email per person with everything kept for their digest since the last one. Resumable:
/// items are marked sent in the commit that records their email's delivery, and each summary is keyed by person and day.
/// </summary>
internal sealed record SendDailyDigests : ICommand<Result<DigestsSent>>;

internal sealed record DigestsSent(int Recipients, int Items);
