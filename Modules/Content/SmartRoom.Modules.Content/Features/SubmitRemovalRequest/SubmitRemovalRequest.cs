namespace SmartRoom.Modules.Content.Features.SubmitRemovalRequest;

internal sealed record SubmitRemovalRequestBody(string? Url, string? Reason, string? Email, string? Name);

/// <summary>
/// Anyone asks to remove a public post or comment of this site (<see cref="ContentAddress"/>). A signed-in caller is
/// answered at their account's address; anyone else gives <see cref="Email"/>. Marketing decides by the answer's
/// <see cref="RemovalRequestReceipt.DueAt"/>; the requester is told so by email.
/// </summary>
internal sealed record SubmitRemovalRequest(string? Url, string? Reason, string? Email, string? Name) : ICommand<Result<RemovalRequestReceipt>>;

internal sealed record RemovalRequestReceipt(Guid Id, DateTimeOffset DueAt);
