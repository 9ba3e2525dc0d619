using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.RecordRegulatorNotification;

/// <summary>
/// Records that the supervisory authority was notified of the breach: when, under which reference, which
/// authority. Once recorded it stops the breach clock; it is recorded once.
/// </summary>
[RequiresUser]
internal sealed record RecordRegulatorNotification(Guid BreachId, DateTimeOffset? NotifiedAt, string? Reference, string? Authority)
    : ICommand<Result<BreachView>>;

/// <summary>The JSON body.</summary>
internal sealed record RecordRegulatorNotificationBody(DateTimeOffset? NotifiedAt, string? Reference, string? Authority);
