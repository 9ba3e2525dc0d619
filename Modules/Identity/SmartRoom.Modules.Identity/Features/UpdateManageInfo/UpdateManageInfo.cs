using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.UpdateManageInfo;

/// <summary>
/// Changes the password (with the old one; every session is then signed out) and/or starts an email change:
/// the new address must be confirmed through the link sent to it before it replaces the current one.
/// Either needs "sudo mode" (a proof no older than a few minutes, see <see cref="SudoMode"/>), and the owner
/// is told at the current address.
/// </summary>
[RequiresUser]
internal sealed record UpdateManageInfo(string? NewEmail, string? NewPassword, string? OldPassword) : ICommand<Result<InfoResponse>>;

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record UpdateManageInfoBody(string? NewEmail, string? NewPassword, string? OldPassword);
