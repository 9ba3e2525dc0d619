using Mediator;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.Modules.Notifications.Persistence;
using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.Features.DailyDigest;

/// <summary>
/// One summary email per person with everything kept for their digest since the last one. Resumable:
/// items are marked sent with their email's delivery, and each summary is keyed by person and day.
/// </summary>
internal sealed record SendDailyDigests : ICommand<Result<DigestsSent>>;

internal sealed record DigestsSent(int Recipients, int Items);

internal sealed class SendDailyDigestsHandler(
    NotificationsDbContext db,
    TemplateRenderer templates,
    SmartRoomOptions platform,
    ISender sender,
    TimeProvider clock) : ICommandHandler<SendDailyDigests, Result<DigestsSent>>
{
    public async ValueTask<Result<DigestsSent>> Handle(SendDailyDigests command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await db.DigestItems.Where(d => d.SentAt == null).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var recipients = 0;
        foreach (var person in pending.GroupBy(d => d.UserId))
        {
            var first = person.First();
            var email = Render(first.DisplayName, person.Select(i => (i.Title, i.Body)));
            // The log keeps how many items went, not what they said (room and document names).
            var logCopy = Render(first.DisplayName, person.Select(_ => (Notify.Notify.Redacted, "")));
            await sender.Send(new SendEmail.SendEmail($"digest:{person.Key:N}:{now:yyyyMMdd}:{first.Id:N}", first.Email, email,
                first.Category, person.Key, LogCopy: logCopy), cancellationToken);
            foreach (var item in person)
            {
                item.SentAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
            recipients++;
        }

        return new DigestsSent(recipients, pending.Count);
    }

    private RenderedEmail Render(string name, IEnumerable<(string Title, string Body)> items) =>
        templates.Render("daily-digest", new Dictionary<string, object?>
        {
            ["name"] = name,
            ["base_url"] = platform.PublicBaseUrl.TrimEnd('/'),
            ["items"] = items.Select(i => new Dictionary<string, object?> { ["title"] = i.Title, ["body"] = i.Body }).ToList(),
        });
}
