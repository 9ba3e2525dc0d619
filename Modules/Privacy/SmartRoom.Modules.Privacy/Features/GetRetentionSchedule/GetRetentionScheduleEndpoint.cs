namespace SmartRoom.Modules.Privacy.Features.GetRetentionSchedule;

internal static class GetRetentionScheduleEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/retention", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetRetentionSchedule(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetRetentionSchedule")
            .WithSummary("Every category of personal data with its module, retention period, trigger, source and the legal holds that touch it.")
            .Produces<IReadOnlyList<RetentionScheduleEntry>>();
}
