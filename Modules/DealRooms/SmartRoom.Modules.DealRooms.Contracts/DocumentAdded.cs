using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// A document or a new version of it was added to a folder. <paramref name="Audience"/> are the active
/// members who may see it and could open it now (but the uploader): they may be told its name and index.
/// <paramref name="Unnamed"/> may see it but cannot open it yet (current terms not accepted, or the room
/// admits members only from listed networks): tell them only that documents were added, never which.
/// Notifications gathers these into a digest.
/// </summary>
[MessageIdentity("dealrooms.document-added.v1")]
public sealed record DocumentAdded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    string RoomName,
    Guid DocumentId,
    Guid FolderId,
    string Name,
    string Index,
    int Version,
    IReadOnlyList<RoomRecipient> Audience,
    IReadOnlyList<RoomRecipient>? Unnamed = null) : IIntegrationEvent;
