using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.WithdrawFaq;

/// <summary>A manager withdraws a question's FAQ publication: only the asker's group (and managers, and its assignee) see it again. Withdrawing an unpublished question changes nothing.</summary>
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record WithdrawFaq(Guid RoomId, Guid QuestionId) : ICommand<Result<Done>>, IRoomRequest;
