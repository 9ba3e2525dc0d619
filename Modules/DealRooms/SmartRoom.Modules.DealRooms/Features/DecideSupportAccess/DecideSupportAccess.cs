using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.DecideSupportAccess;

/// <summary>
/// A manager approves a pending request for <see cref="Hours"/> (1–72; documents viewable only when
/// <see cref="MayViewDocuments"/>, conversations and questions readable only when <see cref="MayReadMessages"/>), denies it, or revokes a live grant. Audited; the requester is told.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record DecideSupportAccess(Guid RoomId, Guid RequestId, SupportDecision Decision, int? Hours = null, bool MayViewDocuments = false,
    bool MayReadMessages = false)
    : ICommand<Result<SupportAccessView>>, IRoomRequest;
