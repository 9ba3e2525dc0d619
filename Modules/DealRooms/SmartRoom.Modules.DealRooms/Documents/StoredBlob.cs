namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>A committed blob in the store: its name and when it was written.</summary>
internal sealed record StoredBlob(string Name, DateTimeOffset WrittenAt);
