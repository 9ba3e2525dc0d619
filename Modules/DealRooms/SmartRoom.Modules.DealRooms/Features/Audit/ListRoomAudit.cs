using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Audit;

internal sealed record AuditEntryView(
    Guid Id, long Seq, DateTimeOffset OccurredAt, Guid? ActorId, ActorKind ActorKind, string Action, string TargetType,
    string? TargetId, string? IpAddress, string? UserAgent, string Details, string Hash);

/// <summary>The room's audit trail for its managers, filtered and paged, in order.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListRoomAudit(
    Guid RoomId, Guid? ActorId, string? Action, Guid? DocumentId, string? ActorKind, DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize)
    : IQuery<Result<Paged<AuditEntryView>>>, IAuditFilter, IRoomRequest;

internal sealed class ListRoomAuditValidator : AbstractValidator<ListRoomAudit>
{
    public ListRoomAuditValidator()
    {
        AuditFilter.AddRules(this);
        // Bounded so that the offset stays an int.
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
    }
}

internal sealed class ListRoomAuditHandler(DealRoomsDbContext db) : IQueryHandler<ListRoomAudit, Result<Paged<AuditEntryView>>>
{
    public async ValueTask<Result<Paged<AuditEntryView>>> Handle(ListRoomAudit query, CancellationToken cancellationToken)
    {
        var records = AuditFilter.Apply(db.AuditRecords.AsNoTracking().Where(r => r.RoomId == query.RoomId), query);
        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderBy(r => r.Seq).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new AuditEntryView(r.Id, r.Seq, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId, r.IpAddress, r.UserAgent, r.Details, r.Hash))
            .ToListAsync(cancellationToken);
        return new Paged<AuditEntryView>(items, query.Page, query.PageSize, total);
    }
}

internal static class ListRoomAuditEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/audit", async (Guid roomId, Guid? actorId, string? action, Guid? documentId, string? actorKind,
                DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListRoomAudit(roomId, actorId, action, documentId, actorKind, from, to, page ?? 1, pageSize ?? 100), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListRoomAudit")
            .WithSummary("Managers: the room's records in seq order, filtered by actor, action, document, actor kind and time [from, to).")
            .Produces<Paged<AuditEntryView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
