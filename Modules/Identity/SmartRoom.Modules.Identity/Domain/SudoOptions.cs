namespace SmartRoom.Modules.Identity.Domain;

/// <summary><c>SmartRoom:Identity:Sudo</c>.</summary>
internal sealed class SudoOptions
{
    public const string Section = "SmartRoom:Identity:Sudo";

    /// <summary>How long a proof (sign-in, reauthentication, enabling 2FA with a code) opens sensitive changes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
