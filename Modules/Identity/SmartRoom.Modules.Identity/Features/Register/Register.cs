namespace SmartRoom.Modules.Identity.Features.Register;

internal sealed record Register(string Email, string Password, string DisplayName) : ICommand<Result<Registered>>;

/// <summary>The same answer whether or not the address already had an account: registration tells nothing about accounts.</summary>
internal sealed record Registered(string Email, string DisplayName, bool EmailConfirmationRequired);

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record RegisterBody(string Email, string Password, string DisplayName);
