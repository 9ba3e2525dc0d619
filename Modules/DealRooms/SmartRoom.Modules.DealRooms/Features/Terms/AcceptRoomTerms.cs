using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Terms;

/// <summary>
/// A member accepts the room's current terms. When <see cref="Sha256"/> (from <c>GET …/terms</c>) is sent it
/// must be the current text's, so nobody accepts a text that changed under them. Recorded with time, IP address and browser.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member)]
internal sealed record AcceptRoomTerms(Guid RoomId, string? Sha256) : ICommand<Result<TermsView>>, IRoomRequest;

internal sealed class AcceptRoomTermsValidator : AbstractValidator<AcceptRoomTerms>
{
    public AcceptRoomTermsValidator() =>
        RuleFor(x => x.Sha256!).Length(64).Matches("^[0-9a-fA-F]{64}$").WithMessage("'Sha256' must be the terms' 64-character hex fingerprint.")
            .When(x => x.Sha256 is not null);
}

internal sealed class AcceptRoomTermsHandler(EnteredRoom entered, DealRoomsDbContext db, AuditTrail audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<AcceptRoomTerms, Result<TermsView>>
{
    public async ValueTask<Result<TermsView>> Handle(AcceptRoomTerms command, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        if (room.TermsHash is not { } hash)
        {
            return Error.NotFound("room's terms");
        }

        if (command.Sha256 is not null && !string.Equals(command.Sha256, hash, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Conflict("terms-changed", "The terms changed since you read them: read them again (GET …/terms) and accept the current text.");
        }

        var userId = entered.Context.Member.UserId;
        var accepted = await db.TermsAcceptances.AcceptedAtAsync(room.Id, userId, hash, cancellationToken);
        if (accepted is null)
        {
            var now = clock.GetUtcNow();
            db.TermsAcceptances.Add(new TermsAcceptance
            {
                Id = Guid.CreateVersion7(),
                RoomId = room.Id,
                UserId = userId,
                TermsVersion = room.TermsVersion,
                TermsHash = hash,
                AcceptedAt = now,
                IpAddress = caller.IpAddress,
                UserAgent = caller.UserAgentToStore(),
            });
            await audit.AppendAsync(entered.Context, AuditAction.TermsAccepted, "room", room.Id.ToString(), new { version = room.TermsVersion, sha256 = hash }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            accepted = now;
        }

        return new TermsView(room.TermsText!, room.TermsVersion, hash, room.TermsUpdatedAt!.Value, accepted);
    }
}

internal static class AcceptRoomTermsEndpoint
{
    internal sealed record Body(string? Sha256);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/terms/accept", async (Guid roomId, Body? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new AcceptRoomTerms(roomId, body?.Sha256), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("AcceptRoomTerms")
            .WithSummary("Accept the current terms (send the sha256 you read to be sure it is that text); recorded with time, IP address and browser.")
            .Produces<TermsView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
