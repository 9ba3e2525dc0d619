using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.ListDuplicateQuestions;

/// <summary>A question of any group that is likely the same question; <paramref name="GroupName"/> null: asked without a group.</summary>
internal sealed record DuplicateQuestion(Guid Id, int Number, string Title, string Status, Guid? GroupId, string? GroupName, double Score);

/// <summary>
/// Managers: the room's questions (every group) most like this one, best first, at most ten — to answer once and
/// publish the answer as an FAQ to the other groups.
/// </summary>
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListDuplicateQuestions(Guid RoomId, Guid QuestionId) : IQuery<Result<IReadOnlyList<DuplicateQuestion>>>, IRoomRequest;
