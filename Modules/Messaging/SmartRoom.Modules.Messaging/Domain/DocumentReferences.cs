using SmartRoom.Modules.DealRooms.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Asks DealRooms (in process, <see cref="CheckDocumentAccess"/>) which documents a person may see now. Messaging keeps
/// only references; names and indexes are asked for afresh, for whoever reads.
/// </summary>
internal sealed class DocumentReferences(IMessageBus bus)
{
    /// <summary>The documents of <paramref name="documentIds"/> that <paramref name="userId"/> may see, by id; one request for all.</summary>
    public async Task<IReadOnlyDictionary<Guid, VisibleDocument>> VisibleAsync(Guid roomId, Guid userId, IReadOnlyCollection<Guid> documentIds,
        CancellationToken ct)
    {
        if (documentIds.Count == 0)
        {
            return new Dictionary<Guid, VisibleDocument>();
        }

        var answer = await bus.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(roomId, userId, [.. documentIds.Distinct()]), ct);
        return answer.Visible.ToDictionary(d => d.DocumentId);
    }
}
