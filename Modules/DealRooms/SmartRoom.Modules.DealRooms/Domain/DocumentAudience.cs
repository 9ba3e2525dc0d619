namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>Who is told of a new document: <see cref="Named"/> with its name and index, <see cref="Unnamed"/> only that documents were added.</summary>
internal sealed record DocumentAudience(IReadOnlyList<Contracts.RoomRecipient> Named, IReadOnlyList<Contracts.RoomRecipient> Unnamed);
