namespace SmartRoom.Modules.Identity.Features.SetUserRoles;

/// <summary>Replaces an account's platform roles; audited, emailed to the account, its sessions must sign in again.</summary>
[RequiresUser]
internal sealed record SetUserRoles(Guid UserId, IReadOnlyList<string> Roles) : ICommand<Result<RolesSet>>;

internal sealed record RolesSet(Guid UserId, IReadOnlyList<string> Roles);

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record SetUserRolesBody(IReadOnlyList<string> Roles);
