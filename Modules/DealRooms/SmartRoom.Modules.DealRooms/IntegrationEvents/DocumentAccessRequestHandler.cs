using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Features.ListVisibleDocuments;

namespace SmartRoom.Modules.DealRooms.IntegrationEvents;

/// <summary>Wolverine adapter: another module's in-process question "may this person see these documents?" answered by the slice.</summary>
public static class DocumentAccessRequestHandler
{
    public static async Task<DocumentAccessAnswer> Handle(CheckDocumentAccess request, ISender sender, CancellationToken cancellationToken)
    {
        var answer = await sender.Send(new ListVisibleDocuments(request.RoomId, request.UserId, request.DocumentIds), cancellationToken);
        return answer.IsSuccess ? answer.Value : new DocumentAccessAnswer([]);
    }
}
