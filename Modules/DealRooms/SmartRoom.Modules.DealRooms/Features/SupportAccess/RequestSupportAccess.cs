using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.SupportAccess;

/// <summary>A support request or grant as managers (and the requester) see it.</summary>
internal sealed record SupportAccessView(
    Guid Id,
    Guid RoomId,
    Guid RequestedBy,
    string RequesterEmail,
    string RequesterName,
    string Reason,
    DateTimeOffset RequestedAt,
    SupportAccessStatus Status,
    bool Active,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    DateTimeOffset? ExpiresAt,
    bool MayViewDocuments,
    DateTimeOffset? RevokedAt,
    Guid? RevokedBy)
{
    public static SupportAccessView Of(SupportAccessRequest r, DateTimeOffset now) =>
        new(r.Id, r.RoomId, r.RequestedBy, r.RequesterEmail, r.RequesterName, r.Reason, r.RequestedAt, r.Status,
            r.IsGrantedAt(now), r.DecidedAt, r.DecidedBy, r.ExpiresAt, r.MayViewDocuments, r.RevokedAt, r.RevokedBy);
}

/// <summary>
/// Support staff ask to enter a room, saying why. They cannot enter until one of its managers approves;
/// the managers are told. One open request per person and room.
/// </summary>
[RequiresRole(PlatformRoles.Support)]
[EntersNoRoom("Support staff ask for a grant to a room they cannot enter yet.")]
internal sealed record RequestSupportAccess(Guid RoomId, string Reason) : ICommand<Result<SupportAccessView>>;

internal sealed class RequestSupportAccessValidator : AbstractValidator<RequestSupportAccess>
{
    public RequestSupportAccessValidator() =>
        RuleFor(x => x.Reason).NotEmpty().MinimumLength(10).MaximumLength(1000)
            .Must(r => r is null || !r.Any(c => char.IsControl(c) && c is not ('\n' or '\r')))
            .WithMessage("'Reason' must not contain control characters.");
}

internal sealed class RequestSupportAccessHandler(
    IDbContextOutbox<DealRoomsDbContext> outbox,
    RoomPermissions permissions,
    AuditTrail audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<RequestSupportAccess, Result<SupportAccessView>>
{
    public async ValueTask<Result<SupportAccessView>> Handle(RequestSupportAccess command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.RoomId, cancellationToken);
        // Archived rooms admit their managers only: support cannot even ask.
        if (room is null || room.Status == RoomStatus.Archived)
        {
            return RoomAccess.NotFound;
        }

        var userId = caller.Id!.Value;
        var now = clock.GetUtcNow();
        if (await db.SupportAccessRequests.AnyAsync(r => r.RoomId == room.Id && r.RequestedBy == userId
                && (r.Status == SupportAccessStatus.Pending || (r.Status == SupportAccessStatus.Approved && r.ExpiresAt > now)), cancellationToken))
        {
            return Error.Conflict("support-request-open", "You already have a pending request or a live grant for this room.");
        }

        var request = new SupportAccessRequest
        {
            Id = Guid.CreateVersion7(),
            RoomId = room.Id,
            RequestedBy = userId,
            RequesterEmail = caller.Email!,
            RequesterName = caller.DisplayName ?? caller.Email!,
            Reason = command.Reason.Trim(),
            RequestedAt = now,
            Status = SupportAccessStatus.Pending,
        };
        db.SupportAccessRequests.Add(request);
        await audit.AppendAsync(room.Id, ActorKind.Support, AuditAction.SupportRequested, "support-access", request.Id.ToString(), new { reason = request.Reason }, cancellationToken);
        await outbox.PublishAsync(new SupportAccessRequested(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, userId, request.RequesterName,
            request.Reason, await permissions.ManagersAsync(room.Id, now, cancellationToken)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return SupportAccessView.Of(request, now);
    }
}

internal static class RequestSupportAccessEndpoint
{
    internal sealed record Body(string Reason);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/support-access-requests", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RequestSupportAccess(roomId, body.Reason), ct))
                .ToHttp(r => TypedResults.Created($"/api/deal-rooms/{roomId}/support-access-requests/{r.Id}", r)))
            .WithName("RequestSupportAccess")
            .WithSummary("Support staff ask a room's managers to let them in (Support role).")
            .Produces<SupportAccessView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
