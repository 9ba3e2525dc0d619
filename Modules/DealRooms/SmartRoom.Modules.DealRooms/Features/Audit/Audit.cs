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

namespace SmartRoom.Modules.DealRooms.Features.Audit;

internal sealed record AuditEntryView(
    Guid Id, long Seq, DateTimeOffset OccurredAt, Guid? ActorId, ActorKind ActorKind, string Action, string TargetType,
    string? TargetId, string? IpAddress, string? UserAgent, string Details, string Hash);

/// <summary>The room's audit trail for its managers, filtered and paged, in order.</summary>
[RequiresUser]
internal sealed record ListRoomAudit(Guid RoomId, Guid? ActorId, string? Action, DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize)
    : IQuery<Result<Paged<AuditEntryView>>>;

internal sealed class ListRoomAuditValidator : AbstractValidator<ListRoomAudit>
{
    public ListRoomAuditValidator()
    {
        RuleFor(x => x.Action).MaximumLength(60);
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
    }
}

internal sealed class ListRoomAuditHandler(RoomAccess access, DealRoomsDbContext db) : IQueryHandler<ListRoomAudit, Result<Paged<AuditEntryView>>>
{
    public async ValueTask<Result<Paged<AuditEntryView>>> Handle(ListRoomAudit query, CancellationToken cancellationToken)
    {
        var entered = await access.EnterAsManagerAsync(query.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        var records = db.AuditRecords.AsNoTracking().Where(r => r.RoomId == query.RoomId);
        records = query.ActorId is { } actor ? records.Where(r => r.ActorId == actor) : records;
        records = query.Action is { Length: > 0 } action ? records.Where(r => r.Action == action) : records;
        records = query.From is { } from ? records.Where(r => r.OccurredAt >= from) : records;
        records = query.To is { } to ? records.Where(r => r.OccurredAt < to) : records;
        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderBy(r => r.Seq).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new AuditEntryView(r.Id, r.Seq, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId, r.IpAddress, r.UserAgent, r.Details, r.Hash))
            .ToListAsync(cancellationToken);
        return new Paged<AuditEntryView>(items, query.Page, query.PageSize, total);
    }
}

/// <summary>Recomputes the room's hash chain: any edited, inserted or deleted record is reported.</summary>
[RequiresUser]
internal sealed record GetAuditVerification(Guid RoomId) : IQuery<Result<ChainVerification>>;

internal sealed class GetAuditVerificationHandler(RoomAccess access, DealRoomsDbContext db) : IQueryHandler<GetAuditVerification, Result<ChainVerification>>
{
    public async ValueTask<Result<ChainVerification>> Handle(GetAuditVerification query, CancellationToken cancellationToken)
    {
        var entered = await access.EnterAsManagerAsync(query.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            return entered.Error;
        }

        // Streamed: memory stays flat however long the trail is.
        var records = db.AuditRecords.AsNoTracking().Where(r => r.RoomId == query.RoomId).OrderBy(r => r.Seq).AsAsyncEnumerable();
        return await AuditVerifier.VerifyAsync(records, cancellationToken);
    }
}

internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder rooms)
    {
        rooms.MapGet("/{roomId:guid}/audit", async (Guid roomId, Guid? actorId, string? action, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
                ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListRoomAudit(roomId, actorId, action, from, to, page ?? 1, pageSize ?? 100), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListRoomAudit")
            .Produces<Paged<AuditEntryView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        rooms.MapGet("/{roomId:guid}/audit/verify", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetAuditVerification(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("VerifyRoomAudit")
            .WithSummary("{valid, checked, firstInvalidSeq, firstInvalidId}: whether the room's record is intact.")
            .Produces<ChainVerification>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
