namespace SmartRoom.Modules.Privacy.Features.RunRetention;

/// <summary>
/// One retention run (sent by the job <c>privacy:retention</c>): for every category with a period, either records it
/// as held (a legal hold on the category) or orders its module to sweep it (<c>PurgeExpired</c>, durable), leaving out
/// the people and rooms under a legal hold. The run and its orders commit together; the modules' answers finish it.
/// </summary>
internal sealed record RunRetention : ICommand<Result<RetentionRunStarted>>;

internal sealed record RetentionRunStarted(Guid RunId, int Ordered, int Held);
