using Microsoft.AspNetCore.Identity;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>An account. Email is the user name; ids are time-ordered GUIDs.</summary>
internal sealed class User : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class Role : IdentityRole<Guid>;
