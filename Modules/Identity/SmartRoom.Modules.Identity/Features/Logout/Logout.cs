namespace SmartRoom.Modules.Identity.Features.Logout;

/// <summary>Ends this session (its refresh token stops working at once), or with <see cref="Everywhere"/> every session of the account.</summary>
[RequiresUser]
internal sealed record Logout(Guid? SessionId, bool Everywhere) : ICommand<Result<Done>>;
