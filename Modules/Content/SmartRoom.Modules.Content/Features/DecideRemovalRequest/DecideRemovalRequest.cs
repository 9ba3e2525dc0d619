using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.DecideRemovalRequest;

internal sealed record DecideRemovalRequestBody(bool? Remove, string? Reason);

/// <summary>
/// Marketing decides a removal request, once, with a written reason either way: <see cref="Remove"/> unpublishes the
/// post or deletes the comment (its text wiped); otherwise the content is kept and the requester receives the reason.
/// </summary>
[RequiresUser]
internal sealed record DecideRemovalRequest(Guid Id, bool? Remove, string? Reason) : ICommand<Result<RemovalRequestView>>;
