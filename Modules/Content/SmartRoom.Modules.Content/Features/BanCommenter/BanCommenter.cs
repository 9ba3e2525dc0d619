using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.BanCommenter;

internal sealed record BanCommenterBody(string? Reason, DateTimeOffset? Until);

/// <summary>
/// Marketing bans an account from commenting and reporting, with a reason the account is told when it tries, until a
/// time or for good. Banning a banned account replaces its ban (new reason and end).
/// </summary>
[RequiresUser]
internal sealed record BanCommenter(Guid UserId, string? Reason, DateTimeOffset? Until) : ICommand<Result<CommenterBanView>>;
