using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListQuestions;

internal static class ListQuestionsEndpoint
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapGet("/", async (Guid roomId, QuestionStatus? status, string? category, Guid? groupId, bool? overdue, int? page, int? pageSize,
                ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListQuestions(roomId, status, category, groupId, overdue, page ?? 1, pageSize ?? 50), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListQuestions")
            .WithSummary("The questions the caller may see, newest first; filters status, category, groupId (managers), overdue.")
            .Produces<Paged<QuestionView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
