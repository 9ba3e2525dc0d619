namespace SmartRoom.Modules.Identity.Features.ResetPassword;

/// <summary>Sets a new password with the emailed code; every session of the account is signed out.</summary>
internal sealed record ResetPassword(string Email, string ResetCode, string NewPassword) : ICommand<Result<Done>>;

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record ResetPasswordBody(string Email, string ResetCode, string NewPassword);
