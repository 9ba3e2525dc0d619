namespace SmartRoom.Modules.Privacy.Features.RequestAccountReplay;

/// <summary>
/// Asks Identity for every account (<c>ReplayAccounts</c>) unless Privacy asked before: the request and the
/// row that remembers it commit together, so it is asked once per database.
/// </summary>
internal sealed record RequestAccountReplay : ICommand<Result<bool>>;
