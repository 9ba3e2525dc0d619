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

namespace SmartRoom.Modules.DealRooms.Features.Rooms;

/// <summary>
/// A manager changes the room's settings; fields left out stay as they are. <see cref="IpAllowList"/>: CIDR
/// ranges (or single addresses) non-managers must come from, empty for anywhere. <see cref="WatermarkDownloads"/>:
/// stamp PDFs on download too, not only on view.
/// </summary>
[RequiresUser]
// Security settings stay changeable in a closed room.
[EntersRoom(RoomEntry.Manager)]
internal sealed record UpdateRoom(Guid RoomId, string? Name, string? Description, IReadOnlyList<string>? IpAllowList, bool? WatermarkDownloads)
    : ICommand<Result<RoomDetails>>, IRoomRequest;

internal sealed class UpdateRoomValidator : AbstractValidator<UpdateRoom>
{
    public UpdateRoomValidator()
    {
        RuleFor(x => x.Name!).NotEmpty().MaximumLength(200).Must(n => !n.Any(char.IsControl))
            .WithMessage("'Name' must not contain control characters.").When(x => x.Name is not null);
        RuleFor(x => x.Description).MaximumLength(4000);
        RuleFor(x => x.IpAllowList!).Must(l => l.Count <= 100).WithMessage("At most 100 ranges.")
            .Must(l => IpAllowList.TryParse(l, out _, out _))
            .WithMessage(x => $"'{(IpAllowList.TryParse(x.IpAllowList!, out _, out var bad) ? "" : bad)}' is not an IP address or CIDR range (e.g. 203.0.113.0/24, 2001:db8::/32).")
            .When(x => x.IpAllowList is not null);
    }
}

internal sealed class UpdateRoomHandler(EnteredRoom entered, DealRoomsDbContext db, AuditTrail audit, ISender sender)
    : ICommandHandler<UpdateRoom, Result<RoomDetails>>
{
    public async ValueTask<Result<RoomDetails>> Handle(UpdateRoom command, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (command.Name?.Trim() is { } name && name != room.Name)
        {
            room.Name = name;
            changes["name"] = name;
        }

        if (command.Description is { } description && description != room.Description)
        {
            room.Description = description;
            changes["description"] = description;
        }

        if (command.IpAllowList is { } ranges)
        {
            IpAllowList.TryParse(ranges, out var networks, out _);
            var stored = IpAllowList.Format(networks.Distinct());
            if (stored != room.IpAllowList)
            {
                room.IpAllowList = stored;
                changes["ipAllowList"] = IpAllowList.Ranges(stored);
            }
        }

        if (command.WatermarkDownloads is { } watermark && watermark != room.WatermarkDownloads)
        {
            room.WatermarkDownloads = watermark;
            changes["watermarkDownloads"] = watermark;
        }

        if (changes.Count > 0)
        {
            await audit.AppendAsync(entered.Context, AuditAction.RoomUpdated, "room", room.Id.ToString(), changes, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await sender.Send(new GetRoom(room.Id), cancellationToken);
    }
}

internal static class UpdateRoomEndpoint
{
    internal sealed record Body(string? Name, string? Description, IReadOnlyList<string>? IpAllowList, bool? WatermarkDownloads);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPatch("/{roomId:guid}", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateRoom(roomId, body.Name, body.Description, body.IpAllowList, body.WatermarkDownloads), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateDealRoom")
            .WithSummary("Rename, describe, restrict to IP ranges (non-managers) or watermark downloads; omitted fields stay.")
            .Produces<RoomDetails>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
