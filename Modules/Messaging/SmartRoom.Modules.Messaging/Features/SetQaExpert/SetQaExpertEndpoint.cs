using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.SetQaExpert;

internal static class SetQaExpertEndpoint
{
    public static void Map(IEndpointRouteBuilder qa) =>
        qa.MapPut("/experts/{userId:guid}", async (Guid roomId, Guid userId, SetQaExpertBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetQaExpert(roomId, userId, body.Categories), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("SetQaExpert")
            .WithSummary("Managers: makes an active member a Q&A expert for the given categories (replacing their categories).")
            .Produces<QaExpertView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
