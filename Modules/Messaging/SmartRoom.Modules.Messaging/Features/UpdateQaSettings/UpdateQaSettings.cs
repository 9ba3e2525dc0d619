using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.UpdateQaSettings;

internal sealed record GroupLimitBody(Guid GroupId, int Limit);

internal sealed record UpdateQaSettingsBody(IReadOnlyList<string>? Categories, int DueBusinessDays, int? DefaultGroupLimit, IReadOnlyList<GroupLimitBody>? GroupLimits);

/// <summary>Managers set the room's Q&amp;A categories, how many business days a question is due in, and question limits per group.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record UpdateQaSettings(Guid RoomId, IReadOnlyList<string>? Categories, int DueBusinessDays, int? DefaultGroupLimit, IReadOnlyList<GroupLimitBody>? GroupLimits)
    : ICommand<Result<Done>>, IRoomRequest;
