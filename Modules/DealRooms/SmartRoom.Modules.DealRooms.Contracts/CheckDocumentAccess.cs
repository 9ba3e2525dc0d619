namespace SmartRoom.Modules.DealRooms.Contracts;

/// <summary>
/// In-process question to DealRooms (Wolverine's <c>InvokeAsync&lt;DocumentAccessAnswer&gt;</c>): which of
/// <paramref name="DocumentIds"/> (in room <paramref name="RoomId"/>) may <paramref name="UserId"/> see now, by the
/// room's permissions? A document that does not exist, was deleted, lies in another room or is out of the person's
/// reach is simply absent from the answer: the asker cannot tell which.
/// </summary>
public sealed record CheckDocumentAccess(Guid RoomId, Guid UserId, IReadOnlyList<Guid> DocumentIds);

/// <summary>The answer to <see cref="CheckDocumentAccess"/>: the documents the person may see, with their names and index numbers.</summary>
public sealed record DocumentAccessAnswer(IReadOnlyList<VisibleDocument> Visible);

/// <summary>A document the person may see: its name and its index in the room's tree ("2.1.3").</summary>
public sealed record VisibleDocument(Guid DocumentId, string Name, string Index);
