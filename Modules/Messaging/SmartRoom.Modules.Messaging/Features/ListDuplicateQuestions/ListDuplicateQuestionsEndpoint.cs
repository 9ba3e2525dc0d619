namespace SmartRoom.Modules.Messaging.Features.ListDuplicateQuestions;

internal static class ListDuplicateQuestionsEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapGet("/{questionId:guid}/duplicates", async (Guid roomId, Guid questionId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListDuplicateQuestions(roomId, questionId), ct)).ToHttp(list => TypedResults.Ok(list)))
            .WithName("ListDuplicateQuestions")
            .WithSummary("Managers: likely duplicates of a question across all the room's groups (number, title, group, score).")
            .Produces<IReadOnlyList<DuplicateQuestion>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
