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

/// <summary>What a manager does with a support request.</summary>
internal enum SupportDecision
{
    Approve,
    Deny,
    Revoke,
}

/// <summary>
/// A manager approves a pending request for <see cref="Hours"/> (1–72; documents viewable only when
/// <see cref="MayViewDocuments"/>), denies it, or revokes a live grant. Audited; the requester is told.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record DecideSupportAccess(Guid RoomId, Guid RequestId, SupportDecision Decision, int? Hours = null, bool MayViewDocuments = false)
    : ICommand<Result<SupportAccessView>>, IRoomRequest;

internal sealed class DecideSupportAccessValidator : AbstractValidator<DecideSupportAccess>
{
    public const int MaxHours = 72;

    public DecideSupportAccessValidator()
    {
        RuleFor(x => x.Decision).IsInEnum();
        RuleFor(x => x.Hours).NotNull().InclusiveBetween(1, MaxHours).When(x => x.Decision == SupportDecision.Approve)
            .WithMessage($"'Hours' must be between 1 and {MaxHours}.");
    }
}

internal sealed class DecideSupportAccessHandler(
    EnteredRoom entered,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    AuditTrail audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<DecideSupportAccess, Result<SupportAccessView>>
{
    public async ValueTask<Result<SupportAccessView>> Handle(DecideSupportAccess command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var request = await db.SupportAccessRequests.SingleOrDefaultAsync(r => r.Id == command.RequestId && r.RoomId == command.RoomId, cancellationToken);
        if (request is null)
        {
            return Error.NotFound("support access request");
        }

        var now = clock.GetUtcNow();
        var room = entered.Context.Room;
        var support = new RoomRecipient(request.RequestedBy, request.RequesterEmail, request.RequesterName);
        var manager = caller.DisplayName ?? caller.Email ?? "A manager";
        switch (command.Decision)
        {
            case SupportDecision.Approve or SupportDecision.Deny when request.Status != SupportAccessStatus.Pending:
                return Error.Conflict("support-request-decided", $"The request was already {request.Status.ToString().ToLowerInvariant()}.");
            case SupportDecision.Revoke when !request.IsGrantedAt(now):
                return Error.Conflict("support-access-not-active", "There is no live grant to revoke (it was never given, has expired or was revoked).");
            case SupportDecision.Approve:
                request.Status = SupportAccessStatus.Approved;
                request.DecidedAt = now;
                request.DecidedBy = caller.Id;
                request.ExpiresAt = now.AddHours(command.Hours!.Value);
                request.MayViewDocuments = command.MayViewDocuments;
                await audit.AppendAsync(entered.Context, AuditAction.SupportGranted, "support-access", request.Id.ToString(),
                    new { supportUserId = request.RequestedBy, hours = command.Hours, expiresAt = request.ExpiresAt, mayViewDocuments = command.MayViewDocuments },
                    cancellationToken);
                await outbox.PublishAsync(new SupportAccessGranted(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, support, request.ExpiresAt.Value,
                    request.MayViewDocuments, manager));
                break;
            case SupportDecision.Deny:
                request.Status = SupportAccessStatus.Denied;
                request.DecidedAt = now;
                request.DecidedBy = caller.Id;
                await audit.AppendAsync(entered.Context, AuditAction.SupportDenied, "support-access", request.Id.ToString(), new { supportUserId = request.RequestedBy }, cancellationToken);
                await outbox.PublishAsync(new SupportAccessDenied(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, support, manager));
                break;
            default:
                request.Status = SupportAccessStatus.Revoked;
                request.RevokedAt = now;
                request.RevokedBy = caller.Id;
                await audit.AppendAsync(entered.Context, AuditAction.SupportRevoked, "support-access", request.Id.ToString(), new { supportUserId = request.RequestedBy }, cancellationToken);
                await outbox.PublishAsync(new SupportAccessRevoked(Guid.CreateVersion7(), now, request.Id, room.Id, room.Name, support, manager));
                break;
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return SupportAccessView.Of(request, now);
    }
}

internal static class DecideSupportAccessEndpoint
{
    internal sealed record ApproveBody(int? Hours, bool MayViewDocuments = false);

    public static void Map(IEndpointRouteBuilder rooms)
    {
        const string Route = "/{roomId:guid}/support-access-requests/{requestId:guid}";
        rooms.MapPost(Route + "/approve", async (Guid roomId, Guid requestId, ApproveBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DecideSupportAccess(roomId, requestId, SupportDecision.Approve, body.Hours, body.MayViewDocuments), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("ApproveSupportAccess")
            .WithSummary("Let the support requester in for 1–72 hours; documents viewable only with mayViewDocuments.")
            .Produces<SupportAccessView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        rooms.MapPost(Route + "/deny", async (Guid roomId, Guid requestId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DecideSupportAccess(roomId, requestId, SupportDecision.Deny), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("DenySupportAccess")
            .Produces<SupportAccessView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        rooms.MapPost(Route + "/revoke", async (Guid roomId, Guid requestId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DecideSupportAccess(roomId, requestId, SupportDecision.Revoke), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("RevokeSupportAccess")
            .WithSummary("End a live support grant now.")
            .Produces<SupportAccessView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
