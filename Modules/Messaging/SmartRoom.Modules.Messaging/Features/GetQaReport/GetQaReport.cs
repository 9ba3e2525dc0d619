using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.GetQaReport;

/// <summary>
/// Q&amp;A figures of a set of questions: asked; answered (Approved or Closed); the median hours from asking to the
/// answer's approval (one decimal; null when none was answered); overdue now (neither answered nor declined, past due).
/// </summary>
internal sealed record QaFigures(int Asked, int Answered, double? MedianHoursToAnswer, int Overdue);

/// <summary>One group's figures; <paramref name="GroupId"/> null is the row of questions asked without a group.</summary>
internal sealed record QaGroupFigures(Guid? GroupId, string Name, int Asked, int Answered, double? MedianHoursToAnswer, int Overdue);

internal sealed record QaReport(Guid RoomId, DateTimeOffset GeneratedAt, IReadOnlyList<QaGroupFigures> Groups, QaFigures Totals);

/// <summary>Managers: the room's Q&amp;A per group (every group of the room, and "no group" when questions were asked without one) and in total.</summary>
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetQaReport(Guid RoomId) : IQuery<Result<QaReport>>, IRoomRequest;
