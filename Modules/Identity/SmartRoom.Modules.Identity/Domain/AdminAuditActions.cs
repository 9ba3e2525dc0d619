namespace SmartRoom.Modules.Identity.Domain;

/// <summary>The actions the account audit records (<see cref="AdminAudit"/>); the stored strings never change.</summary>
internal static class AdminAuditActions
{
    public const string RolesChanged = "roles-changed";
    public const string Locked = "locked";
    public const string Unlocked = "unlocked";
    public const string TwoFactorRequired = "two-factor-required";
}
