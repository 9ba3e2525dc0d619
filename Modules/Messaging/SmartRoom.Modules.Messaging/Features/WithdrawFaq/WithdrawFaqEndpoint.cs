namespace SmartRoom.Modules.Messaging.Features.WithdrawFaq;

internal static class WithdrawFaqEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapDelete("/{questionId:guid}/faq", async (Guid roomId, Guid questionId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new WithdrawFaq(roomId, questionId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("WithdrawFaq")
            .WithSummary("Managers: withdraw a question's FAQ publication; other groups no longer see it.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
