using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.CloseBreach;

/// <summary>
/// Closes a breach with its outcome. A notifiable breach whose regulator notification came after saDueAt, or
/// never came, needs the reasons for the delay (GDPR art. 33(1)); without them it stays open.
/// </summary>
[RequiresUser]
internal sealed record CloseBreach(Guid BreachId, string? Outcome, string? DelayReason) : ICommand<Result<BreachView>>;

/// <summary>The JSON body.</summary>
internal sealed record CloseBreachBody(string? Outcome, string? DelayReason);
