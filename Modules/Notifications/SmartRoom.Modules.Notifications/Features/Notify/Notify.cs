using SmartRoom.BuildingBlocks.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Features.SendEmail;
using SmartRoom.Modules.Notifications.Persistence;
using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.Features.Notify;

/// <summary>
/// Tells one person about one event: an entry in their feed (when <see cref="FeedTitle"/> is set) and an
/// email from <see cref="Template"/>, sent now, kept for the daily summary, or skipped, as their preference
/// for <see cref="Category"/> says (essential categories always send now). With no preference set, it sends
/// now — or, for frequent news (<see cref="DigestByDefault"/>), keeps it for the daily summary. Idempotent per event.
/// <see cref="Secrets"/> are model values that must not be kept readable (codes, links that carry a token):
/// the email is sent with them, the delivery log keeps a copy with each replaced by <see cref="Redacted"/>.
/// </summary>
internal sealed record Notify(
    Guid EventId,
    Guid UserId,
    string Email,
    string DisplayName,
    string Category,
    string Template,
    IReadOnlyDictionary<string, object?> Model,
    string? FeedTitle = null,
    string? FeedBody = null,
    bool DigestByDefault = false,
    IReadOnlyDictionary<string, string>? Secrets = null) : ICommand<Result<Done>>
{
    public const string Redacted = "[removed from the delivery log]";
}

internal sealed class NotifyHandler(
    NotificationsDbContext db,
    TemplateRenderer templates,
    SmartRoomOptions platform,
    ISender sender,
    TimeProvider clock) : ICommandHandler<Notify, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(Notify command, CancellationToken cancellationToken)
    {
        var key = $"{command.EventId:N}:{command.UserId:N}:{command.Template}";
        var now = clock.GetUtcNow();
        if (command.FeedTitle is not null && !await db.InAppNotifications.AnyAsync(n => n.DeduplicationKey == key, cancellationToken))
        {
            db.InAppNotifications.Add(new InAppNotification
            {
                Id = Guid.CreateVersion7(),
                DeduplicationKey = key,
                UserId = command.UserId,
                Category = command.Category,
                Title = command.FeedTitle,
                Body = command.FeedBody ?? "",
                CreatedAt = now,
            });
        }

        var mode = Categories.IsEssential(command.Category)
            ? DeliveryMode.Immediate
            : await db.Preferences.AsNoTracking()
                .Where(p => p.UserId == command.UserId && p.Category == command.Category)
                .Select(p => (DeliveryMode?)p.Mode)
                .SingleOrDefaultAsync(cancellationToken) ?? (command.DigestByDefault ? DeliveryMode.DailyDigest : DeliveryMode.Immediate);

        if (mode == DeliveryMode.DailyDigest && !await db.DigestItems.AnyAsync(d => d.DeduplicationKey == key, cancellationToken))
        {
            db.DigestItems.Add(new DigestItem
            {
                Id = Guid.CreateVersion7(),
                DeduplicationKey = key,
                UserId = command.UserId,
                Email = command.Email,
                DisplayName = command.DisplayName,
                Category = command.Category,
                Title = command.FeedTitle ?? command.Template,
                Body = command.FeedBody ?? "",
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (mode != DeliveryMode.Immediate)
        {
            return Done.Value;
        }

        var model = new Dictionary<string, object?>(command.Model, StringComparer.Ordinal)
        {
            ["name"] = command.DisplayName,
            ["base_url"] = platform.PublicBaseUrl.TrimEnd('/'),
        };
        var secrets = new Dictionary<string, string>(command.Secrets ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        string? unsubscribe = null;
        if (!Categories.IsEssential(command.Category))
        {
            // The one-click link is a live token too: sent, never logged.
            unsubscribe = await NewUnsubscribeLinkAsync(command.UserId, command.Category, now, cancellationToken);
            secrets["unsubscribe"] = unsubscribe;
        }

        var logModel = new Dictionary<string, object?>(model, StringComparer.Ordinal);
        foreach (var (name, value) in secrets)
        {
            model[name] = value;
            logModel[name] = Notify.Redacted;
        }

        var email = templates.Render(command.Template, model);
        var logCopy = secrets.Count == 0 ? null : templates.Render(command.Template, logModel);
        await sender.Send(new SendEmail.SendEmail($"{command.EventId:N}:{command.Email}:{command.Template}", command.Email, email,
            command.Category, command.UserId, unsubscribe, logCopy), cancellationToken);
        return Done.Value;
    }

    private async Task<string> NewUnsubscribeLinkAsync(Guid userId, string category, DateTimeOffset now, CancellationToken ct)
    {
        var token = OpaqueTokens.New();
        db.UnsubscribeLinks.Add(new UnsubscribeLink
        {
            Id = Guid.CreateVersion7(),
            TokenHash = OpaqueTokens.Hash(token),
            UserId = userId,
            Category = category,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return Links.To(platform.PublicBaseUrl, "/api/notifications/unsubscribe", ("token", token));
    }
}
