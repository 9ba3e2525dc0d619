using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// The 72-hour clock of an open, notifiable breach with no regulator notification yet passed a threshold
/// (<paramref name="ThresholdHours"/> 24, 48 or 60 hours after the controller became aware; 72 when overdue):
/// tell one member of the privacy team (<paramref name="UserId"/> null for a configured team address). One event
/// per recipient and threshold; <paramref name="Link"/> is the breach in the admin API.
/// </summary>
[MessageIdentity("privacy.breach-clock-alert-raised.v1")]
public sealed record BreachClockAlertRaised(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BreachId,
    string Reference,
    int ThresholdHours,
    int HoursLeft,
    DateTimeOffset SaDueAt,
    Guid? UserId,
    string Email,
    string DisplayName,
    string Link) : IIntegrationEvent;
