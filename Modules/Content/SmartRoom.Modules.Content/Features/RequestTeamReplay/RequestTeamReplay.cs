namespace SmartRoom.Modules.Content.Features.RequestTeamReplay;

/// <summary>
/// Asks Identity for every account (<c>ReplayAccounts</c>) unless Content asked before: the request and the row that
/// remembers it commit together, so it is asked once per database.
/// </summary>
internal sealed record RequestTeamReplay : ICommand<Result<bool>>;
