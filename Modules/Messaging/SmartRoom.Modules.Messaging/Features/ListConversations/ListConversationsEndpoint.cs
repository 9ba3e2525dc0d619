using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListConversations;

internal static class ListConversationsEndpoint
{
    public static void Map(IEndpointRouteBuilder conversations) =>
        conversations.MapGet("", async (Guid roomId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListConversations(roomId, page ?? 1, pageSize ?? 20), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("ListConversations")
            .WithSummary("The conversations the caller reaches, latest activity first, with their unread counts.")
            .Produces<Paged<ConversationView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
