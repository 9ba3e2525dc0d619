namespace SmartRoom.Modules.DealRooms.Pipeline;

/// <summary>The shape every GET that reads one room shares.</summary>
internal static class RoomQueryEndpoints
{
    /// <summary>
    /// Maps a GET on <paramref name="pattern"/> (which has a <c>{roomId:guid}</c> segment) to the query that
    /// <paramref name="query"/> makes of the room id: its view is the 200 response, its error the problem details.
    /// Declares the view, then each of <paramref name="problems"/> in the order given.
    /// </summary>
    public static RouteHandlerBuilder MapRoomQuery<TView>(this IEndpointRouteBuilder rooms, string pattern,
        Func<Guid, IQuery<Result<TView>>> query, params int[] problems)
    {
        var endpoint = rooms.MapGet(pattern, async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(query(roomId), ct)).ToHttp(view => TypedResults.Ok(view)))
            .Produces<TView>();
        foreach (var status in problems)
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint;
    }
}
