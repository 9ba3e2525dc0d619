using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.Modules.Notifications.Features.ListDeliveries;

/// <summary>The delivery log for Admins: every email with its status, attempts, last error and provider id.</summary>
[RequiresRole(PlatformRoles.Admin)]
internal sealed record ListDeliveries(DeliveryStatus? Status, string? To, int Page, int PageSize) : IQuery<Result<Paged<DeliveryRecord>>>;

internal sealed record DeliveryRecord(
    Guid Id,
    string Template,
    string Category,
    string To,
    string Subject,
    DeliveryStatus Status,
    int Attempts,
    string? LastError,
    string? ProviderMessageId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt);

internal sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveries>
{
    public ListDeliveriesValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).MaximumLength(256);
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

internal sealed class ListDeliveriesHandler(NotificationsDbContext db) : IQueryHandler<ListDeliveries, Result<Paged<DeliveryRecord>>>
{
    public async ValueTask<Result<Paged<DeliveryRecord>>> Handle(ListDeliveries query, CancellationToken cancellationToken)
    {
        var deliveries = db.EmailDeliveries.AsNoTracking();
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.To))
        {
            var to = query.To.Trim().ToLowerInvariant();
            deliveries = deliveries.Where(d => d.To.ToLower() == to);
        }

        var total = await deliveries.CountAsync(cancellationToken);
        var items = await deliveries.OrderByDescending(d => d.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(d => new DeliveryRecord(d.Id, d.Template, d.Category, d.To, d.Subject, d.Status, d.Attempts, d.LastError,
                d.ProviderMessageId, d.CreatedAt, d.LastAttemptAt, d.NextAttemptAt, d.SentAt))
            .ToListAsync(cancellationToken);
        return new Paged<DeliveryRecord>(items, query.Page, query.PageSize, total);
    }
}

internal static class ListDeliveriesEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/deliveries", async (DeliveryStatus? status, string? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListDeliveries(status, to, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListEmailDeliveries")
            .WithSummary("The email delivery log (Queued, Sent, Failed), newest first.")
            .Produces<Paged<DeliveryRecord>>();
}
