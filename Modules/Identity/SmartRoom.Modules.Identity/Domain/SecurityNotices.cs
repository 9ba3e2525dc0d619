using SmartRoom.Modules.Identity.Contracts;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>The owner's notice of a sensitive change, with where the request came from.</summary>
internal static class SecurityNotices
{
    public static AccountSecurityChanged Changed(User user, string email, string change, ICurrentUser caller, DateTimeOffset now, string? detail = null)
    {
        var agent = UserAgentParser.Parse(caller.UserAgent);
        return new AccountSecurityChanged(Guid.CreateVersion7(), now, user.Id, email, user.DisplayName, change, detail,
            caller.IpAddress, agent.Browser, agent.OperatingSystem);
    }

    public static UserPasswordChanged PasswordChanged(User user, string email, bool byReset, ICurrentUser caller, DateTimeOffset now)
    {
        var agent = UserAgentParser.Parse(caller.UserAgent);
        return new UserPasswordChanged(Guid.CreateVersion7(), now, user.Id, email, user.DisplayName, byReset,
            caller.IpAddress, agent.Browser, agent.OperatingSystem);
    }
}
