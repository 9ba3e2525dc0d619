namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Someone of the privacy team: an account (privacy officer or admin) or a configured address.</summary>
internal sealed record TeamRecipient(Guid? UserId, string Email, string DisplayName);
