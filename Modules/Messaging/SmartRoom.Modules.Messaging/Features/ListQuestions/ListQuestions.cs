using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListQuestions;

/// <summary>
/// The questions the caller may see (<see cref="QuestionVisibility"/>), newest first, filtered and paged. The group
/// filter is the managers': a member filtering by their own group gets their group's questions, by any other id nothing.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Participant, AllowSupport = true)]
internal sealed record ListQuestions(
    Guid RoomId, QuestionStatus? Status, string? Category, Guid? GroupId, bool? Overdue, int Page, int PageSize)
    : IQuery<Result<Paged<QuestionView>>>, IRoomRequest;
