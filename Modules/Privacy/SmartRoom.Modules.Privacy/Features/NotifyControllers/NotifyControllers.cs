using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.NotifyControllers;

/// <summary>
/// Tells the controllers of the client room a breach concerns — the room's current managers, as DealRooms answers —
/// by email, with <paramref name="Message"/> and the breach's facts. Each manager is told once per breach; calling
/// it again tells only managers not told yet.
/// </summary>
[RequiresUser]
internal sealed record NotifyControllers(Guid BreachId, string? Message) : ICommand<Result<NoticesSent>>;

/// <summary>The JSON body.</summary>
internal sealed record NotifyControllersBody(string? Message);
