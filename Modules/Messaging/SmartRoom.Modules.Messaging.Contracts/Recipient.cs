namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>Someone Messaging tells about a conversation or a question.</summary>
public sealed record Recipient(Guid UserId, string Email, string DisplayName);
