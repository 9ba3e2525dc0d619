namespace SmartRoom.Modules.Messaging.Views;

/// <summary>Someone in a conversation, as the room knows them: id and name (never an email).</summary>
internal sealed record PersonView(Guid Id, string Name);
