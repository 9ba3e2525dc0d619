namespace SmartRoom.Modules.Messaging.Views;

/// <summary>A Q&amp;A expert of the room: the categories routed to them, and whether they are an active member now.</summary>
internal sealed record QaExpertView(Guid UserId, string DisplayName, IReadOnlyList<string> Categories, bool Active);
