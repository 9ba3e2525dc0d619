using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.EditMessage;

internal static class EditMessageEndpoint
{
    public static void Map(IEndpointRouteBuilder conversations) =>
        conversations.MapPatch("/{conversationId:guid}/messages/{messageId:guid}", async (Guid roomId, Guid conversationId, Guid messageId,
                    EditMessageBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new EditMessage(roomId, conversationId, messageId, body.Body), ct)).ToHttp(m => TypedResults.Ok(m)))
            .WithName("EditConversationMessage")
            .WithSummary("The sender edits their message, within 15 minutes of posting it.")
            .Produces<MessageView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
