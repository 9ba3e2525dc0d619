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

namespace SmartRoom.Modules.DealRooms.Features.Rooms;

/// <summary>The room's terms as they stand, and whether the caller has accepted this exact text.</summary>
internal sealed record RoomTermsState(int Version, string Sha256, DateTimeOffset? UpdatedAt, bool Accepted, DateTimeOffset? AcceptedAt);

/// <summary>
/// One room as the caller may see it. <see cref="RecordingNotice"/> tells every member what the room
/// records about them; <see cref="IpAllowList"/> is shown to managers only.
/// </summary>
internal sealed record RoomDetails(
    Guid Id,
    string Name,
    string Description,
    RoomStatus Status,
    string MyRole,
    DateTimeOffset CreatedAt,
    RoomTermsState? Terms,
    string RecordingNotice,
    bool WatermarkDownloads,
    bool IpRestricted,
    IReadOnlyList<string>? IpAllowList,
    DateTimeOffset? SupportAccessUntil);

/// <summary>One room, as the caller may see it (support staff while their grant lasts).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member, AllowSupport = true)]
internal sealed record GetRoom(Guid RoomId) : IQuery<Result<RoomDetails>>, IRoomRequest;

internal sealed class GetRoomHandler(EnteredRoom entered, DealRoomsDbContext db, AuditTrail audit) : IQueryHandler<GetRoom, Result<RoomDetails>>
{
    /// <summary>What is kept about a member, in plain words; shown in the room to everyone in it.</summary>
    public const string RecordingNotice =
        "This room keeps a tamper-evident record of what happens in it. For every action — opening the room's " +
        "content, viewing or downloading a document (and how many bytes were served), uploading, accepting the " +
        "terms, and any change to the room — it records who acted, when, from which IP address and with which " +
        "browser (user agent). The room's managers can see and export this record and reports built from it " +
        "(last access, documents viewed and downloaded). Documents viewed or downloaded may carry a watermark " +
        "with your email address, IP address and the time. Support staff enter only with a manager's time-limited " +
        "permission, and their actions are recorded and flagged.";

    public async ValueTask<Result<RoomDetails>> Handle(GetRoom query, CancellationToken cancellationToken)
    {
        var caller = entered.Context;
        var room = caller.Room;
        RoomTermsState? terms = null;
        if (room.TermsHash is { } hash)
        {
            var acceptedAt = await db.TermsAcceptances.AcceptedAtAsync(room.Id, caller.Member.UserId, hash, cancellationToken);
            terms = new RoomTermsState(room.TermsVersion, hash, room.TermsUpdatedAt, acceptedAt is not null, acceptedAt);
        }

        await audit.RecordSupportReadAsync(caller, AuditAction.RoomRead, "room", room.Id.ToString(), cancellationToken);

        var role = caller.IsSupport ? "Support" : caller.Member.Role.ToString();
        return new RoomDetails(room.Id, room.Name, room.Description, room.Status, role, room.CreatedAt, terms, RecordingNotice,
            room.WatermarkDownloads, room.IpAllowList.Length > 0, caller.IsManager ? IpAllowList.Ranges(room.IpAllowList) : null,
            caller.SupportGrant?.ExpiresAt);
    }
}

internal static class GetRoomEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetRoom(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetDealRoom")
            .WithSummary("The room, the caller's role, the terms' state and the notice of what the room records.")
            .Produces<RoomDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
