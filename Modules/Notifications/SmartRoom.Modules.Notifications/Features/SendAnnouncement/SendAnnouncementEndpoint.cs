namespace SmartRoom.Modules.Notifications.Features.SendAnnouncement;

internal static class SendAnnouncementEndpoint
{
    internal sealed record SendBody(string? Subject, string? Body);

    public static void Map(IEndpointRouteBuilder marketing) =>
        marketing.MapPost("/announcements", async (SendBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SendAnnouncement(body.Subject ?? "", body.Body ?? ""), ct)).ToHttp(r => TypedResults.Accepted((string?)null, r)))
            .WithName("SendAnnouncement")
            .WithSummary("Email an announcement {subject, body (plain text)} to everyone who currently consents to marketing email.")
            .Produces<AnnouncementQueued>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
}
