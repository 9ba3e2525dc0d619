namespace SmartRoom.Modules.Messaging.Features.ListQaCategories;

internal static class ListQaCategoriesEndpoint
{
    public static void Map(IEndpointRouteBuilder qa) =>
        qa.MapGet("/categories", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListQaCategories(roomId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListQaCategories")
            .WithSummary("Members: the categories questions are asked in.")
            .Produces<IReadOnlyList<string>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
