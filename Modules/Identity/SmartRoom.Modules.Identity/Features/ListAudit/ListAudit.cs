using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.ListAudit;

/// <summary>Administrative changes to accounts, newest first, optionally for one account.</summary>
[RequiresRole(PlatformRoles.Admin)]
internal sealed record ListAudit(Guid? UserId, int Page, int PageSize) : IQuery<Result<Paged<AuditRecord>>>;

internal sealed record AuditRecord(Guid Id, DateTimeOffset OccurredAt, Guid? ActorId, string Action, Guid TargetUserId, string Details, string? IpAddress);

internal sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

internal sealed class ListAuditHandler(IdentityDbContext db) : IQueryHandler<ListAudit, Result<Paged<AuditRecord>>>
{
    public async ValueTask<Result<Paged<AuditRecord>>> Handle(ListAudit query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.UserId is { } userId)
        {
            entries = entries.Where(e => e.TargetUserId == userId);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(e => new AuditRecord(e.Id, e.OccurredAt, e.ActorId, e.Action, e.TargetUserId, e.Details, e.IpAddress))
            .ToListAsync(cancellationToken);
        return new Paged<AuditRecord>(items, query.Page, query.PageSize, total);
    }
}

internal static class ListAuditEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/audit", async (Guid? userId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListAudit(userId, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListAccountAudit")
            .WithSummary("Role changes, locks and 2FA requirements, newest first.")
            .Produces<Paged<AuditRecord>>();
}
