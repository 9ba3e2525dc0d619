using Microsoft.AspNetCore.Identity;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Maps ASP.NET Core Identity's error codes onto our errors, per field.</summary>
internal static class IdentityErrors
{
    public static Error From(IdentityResult result, string passwordField = "password")
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return Error.Conflict("email-taken", "An account with this email address already exists.");
        }

        var fields = result.Errors
            .GroupBy(e => FieldOf(e.Code, passwordField))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        return Error.Validation(fields);
    }

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "email",
        _ => "account",
    };
}
