using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListConversations;

/// <summary>
/// The room's conversations the caller reaches (managers and support staff under a grant every one, members those
/// they take part in), latest activity first, with the caller's unread counts.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Participant, AllowSupport = true)]
internal sealed record ListConversations(Guid RoomId, int Page, int PageSize) : IQuery<Result<Paged<ConversationView>>>, IRoomRequest;
