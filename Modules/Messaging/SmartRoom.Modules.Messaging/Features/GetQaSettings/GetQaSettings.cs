using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.GetQaSettings;

internal sealed record GroupLimitView(Guid GroupId, string GroupName, int Limit);

internal sealed record QaSettingsView(IReadOnlyList<string> Categories, int DueBusinessDays, int? DefaultGroupLimit, IReadOnlyList<GroupLimitView> GroupLimits);

/// <summary>Managers: the room's Q&amp;A categories, due days and question limits (the defaults when never set).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetQaSettings(Guid RoomId) : IQuery<Result<QaSettingsView>>, IRoomRequest;
