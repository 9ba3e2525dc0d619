using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.Modules.Notifications.Features.Feed;

internal sealed record FeedItem(Guid Id, string Category, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal sealed record FeedPage(IReadOnlyList<FeedItem> Items, int Page, int PageSize, int Total, int UnreadCount);

internal sealed record UnreadCount(int Count);

/// <summary>The caller's own notices, newest first, with how many are unread.</summary>
[RequiresUser]
internal sealed record ListNotifications(int Page, int PageSize, bool UnreadOnly) : IQuery<Result<FeedPage>>;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

internal sealed class ListNotificationsHandler(NotificationsDbContext db, ICurrentUser current) : IQueryHandler<ListNotifications, Result<FeedPage>>
{
    public async ValueTask<Result<FeedPage>> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var mine = db.InAppNotifications.AsNoTracking().Where(n => n.UserId == current.Id);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var listed = query.UnreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = query.UnreadOnly ? unread : await listed.CountAsync(cancellationToken);
        var items = await listed.OrderByDescending(n => n.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(n => new FeedItem(n.Id, n.Category, n.Title, n.Body, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return new FeedPage(items, query.Page, query.PageSize, total, unread);
    }
}

[RequiresUser]
internal sealed record GetUnreadCount : IQuery<Result<UnreadCount>>;

internal sealed class GetUnreadCountHandler(NotificationsDbContext db, ICurrentUser current) : IQueryHandler<GetUnreadCount, Result<UnreadCount>>
{
    public async ValueTask<Result<UnreadCount>> Handle(GetUnreadCount query, CancellationToken cancellationToken) =>
        new UnreadCount(await db.InAppNotifications.CountAsync(n => n.UserId == current.Id && n.ReadAt == null, cancellationToken));
}

/// <summary>Marks one of the caller's notices read (someone else's answers 404), or with no id all of them.</summary>
[RequiresUser]
internal sealed record MarkNotificationsRead(Guid? NotificationId) : ICommand<Result<UnreadCount>>;

internal sealed class MarkNotificationsReadHandler(NotificationsDbContext db, ICurrentUser current, TimeProvider clock)
    : ICommandHandler<MarkNotificationsRead, Result<UnreadCount>>
{
    public async ValueTask<Result<UnreadCount>> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var mine = db.InAppNotifications.Where(n => n.UserId == current.Id);
        if (command.NotificationId is { } id)
        {
            var notice = await mine.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (notice is null)
            {
                return Error.NotFound("notification");
            }

            notice.ReadAt ??= now;
        }
        else
        {
            foreach (var notice in await mine.Where(n => n.ReadAt == null).ToListAsync(cancellationToken))
            {
                notice.ReadAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UnreadCount(await mine.CountAsync(n => n.ReadAt == null, cancellationToken));
    }
}

internal static class FeedEndpoints
{
    public static void Map(IEndpointRouteBuilder notifications)
    {
        notifications.MapGet("", async (int? page, int? pageSize, bool? unreadOnly, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListNotifications(page ?? 1, pageSize ?? 50, unreadOnly == true), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListNotifications")
            .WithSummary("Your notices, newest first, with the unread count.")
            .Produces<FeedPage>();

        notifications.MapGet("/unread-count", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetUnreadCount(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetUnreadNotificationCount")
            .Produces<UnreadCount>();

        notifications.MapPost("/{notificationId:guid}/read", async (Guid notificationId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new MarkNotificationsRead(notificationId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("MarkNotificationRead")
            .Produces<UnreadCount>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        notifications.MapPost("/read-all", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new MarkNotificationsRead(null), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("MarkAllNotificationsRead")
            .Produces<UnreadCount>();
    }
}
