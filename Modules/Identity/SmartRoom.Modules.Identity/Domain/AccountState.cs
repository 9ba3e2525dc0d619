namespace SmartRoom.Modules.Identity.Domain;

/// <summary>What one request needs to know of its signed-in account, read once with one query.</summary>
internal sealed record AccountState(bool OwesTwoFactorSetup, bool SessionLive);
