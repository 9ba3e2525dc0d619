namespace SmartRoom.Modules.Content.Features.LiftCommenterBan;

internal sealed record LiftCommenterBanBody(string? Reason);

/// <summary>Marketing lifts an account's ban from commenting, with a reason; 404 <c>ban-not-found</c> when it has none.</summary>
[RequiresUser]
internal sealed record LiftCommenterBan(Guid UserId, string? Reason) : ICommand<Result<Done>>;
