using Microsoft.AspNetCore.Identity;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>An account. Email is the user name; ids are time-ordered GUIDs.</summary>
internal sealed class User : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public string? ZipCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>An admin requires this account to use two-factor sign-in; until it does, only set-up is allowed.</summary>
    public bool TwoFactorRequired { get; set; }

    /// <summary>The last authenticator code accepted, so the same code cannot be replayed in its time step.</summary>
    public string? LastTotpCode { get; set; }

    public DateTimeOffset? LastTotpUsedAt { get; set; }
}
