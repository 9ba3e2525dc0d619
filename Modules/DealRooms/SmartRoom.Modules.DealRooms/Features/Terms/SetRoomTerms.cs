using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Terms;

/// <summary>The room's terms as members read them; <see cref="Sha256"/> is what an acceptance binds to.</summary>
internal sealed record TermsView(string Text, int Version, string Sha256, DateTimeOffset UpdatedAt, DateTimeOffset? AcceptedAt);

/// <summary>
/// A manager sets the room's terms (an NDA, say). From then on members open no content until they accept
/// this exact text; a changed text needs accepting again. Setting the same text again changes nothing.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record SetRoomTerms(Guid RoomId, string Text) : ICommand<Result<TermsView>>, IRoomRequest;

internal sealed class SetRoomTermsValidator : AbstractValidator<SetRoomTerms>
{
    public SetRoomTermsValidator() =>
        RuleFor(x => x.Text).NotEmpty().MaximumLength(100_000)
            .Must(t => t is null || !t.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("'Text' must not contain control characters other than line breaks and tabs.");
}

internal sealed class SetRoomTermsHandler(EnteredRoom entered, DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<SetRoomTerms, Result<TermsView>>
{
    public async ValueTask<Result<TermsView>> Handle(SetRoomTerms command, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        var text = command.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hash = RoomTerms.HashOf(text);
        if (hash != room.TermsHash)
        {
            room.TermsText = text;
            room.TermsHash = hash;
            room.TermsVersion++;
            room.TermsUpdatedAt = clock.GetUtcNow();
            await audit.AppendAsync(entered.Context, AuditAction.TermsSet, "room", room.Id.ToString(), new { version = room.TermsVersion, sha256 = hash }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new TermsView(room.TermsText!, room.TermsVersion, hash, room.TermsUpdatedAt!.Value, null);
    }
}

/// <summary>The terms' fingerprint: SHA-256 of the UTF-8 text with LF line ends, lower-case hex.</summary>
internal static class RoomTerms
{
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

internal static class SetRoomTermsEndpoint
{
    internal sealed record Body(string Text);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPut("/{roomId:guid}/terms", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetRoomTerms(roomId, body.Text), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("SetRoomTerms")
            .WithSummary("Set the terms (NDA) members must accept before opening content; a new text needs new acceptance.")
            .Produces<TermsView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
