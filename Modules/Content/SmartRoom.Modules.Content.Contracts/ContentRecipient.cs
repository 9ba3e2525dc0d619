namespace SmartRoom.Modules.Content.Contracts;

/// <summary>Someone Content tells about their content or request: an account (<paramref name="UserId"/>) or only an address.</summary>
public sealed record ContentRecipient(Guid? UserId, string Email, string DisplayName);
