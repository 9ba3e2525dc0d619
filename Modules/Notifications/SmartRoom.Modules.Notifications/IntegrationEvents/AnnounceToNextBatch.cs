using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Queue an announcement for the next batch of people who consent to marketing email, after the checkpoint
/// <paramref name="After"/> (the last person queued): a durable message of the module's own queue. Each batch commits
/// its notices with the message for the next one, so a crash resumes where it stopped and nobody is queued twice.
/// </summary>
[MessageIdentity("notifications.announce-to-next-batch.v1")]
public sealed record AnnounceToNextBatch(Guid AnnouncementId, string Subject, string Body, Guid? After);
