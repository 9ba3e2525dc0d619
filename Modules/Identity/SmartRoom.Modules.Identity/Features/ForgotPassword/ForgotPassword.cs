namespace SmartRoom.Modules.Identity.Features.ForgotPassword;

/// <summary>Always accepted: the work happens in the background (<c>SendPasswordReset</c>), so nothing about accounts leaks.</summary>
internal sealed record ForgotPassword(string Email) : ICommand<Result<Done>>;

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record ForgotPasswordBody(string Email);
