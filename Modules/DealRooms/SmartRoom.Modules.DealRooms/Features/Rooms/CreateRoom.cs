using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.Modules.DealRooms.Features.Rooms;

/// <summary>A Manager (platform role) opens a room in Draft and becomes its first room manager.</summary>
[RequiresRole(PlatformRoles.Manager)]
internal sealed record CreateRoom(string Name, string? Description) : ICommand<Result<RoomView>>;

internal sealed record RoomView(Guid Id, string Name, string Description, RoomStatus Status, RoomRole MyRole, DateTimeOffset CreatedAt);

internal sealed class CreateRoomValidator : AbstractValidator<CreateRoom>
{
    public CreateRoomValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200).Must(n => n is null || !n.Any(char.IsControl))
            .WithMessage("'Name' must not contain control characters.");
        RuleFor(x => x.Description).MaximumLength(4000);
    }
}

internal sealed class CreateRoomHandler(IDbContextOutbox<DealRoomsDbContext> outbox, AuditTrail audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<CreateRoom, Result<RoomView>>
{
    public async ValueTask<Result<RoomView>> Handle(CreateRoom command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var room = new Room
        {
            Id = Guid.CreateVersion7(),
            Name = command.Name.Trim(),
            Description = command.Description?.Trim() ?? "",
            Status = RoomStatus.Draft,
            CreatedAt = now,
            CreatedBy = caller.Id!.Value,
        };
        var db = outbox.DbContext;
        db.Rooms.Add(room);
        db.Members.Add(new Member
        {
            RoomId = room.Id,
            UserId = caller.Id.Value,
            Email = caller.Email ?? "",
            DisplayName = caller.DisplayName ?? "",
            Role = RoomRole.Manager,
            JoinedAt = now,
        });
        await audit.AppendAsync(room.Id, ActorKind.Manager, AuditAction.RoomCreated, "room", room.Id.ToString(), new { room.Name }, cancellationToken);
        await outbox.PublishAsync(new DealRoomCreated(Guid.CreateVersion7(), now, room.Id, room.Name, room.CreatedBy));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new RoomView(room.Id, room.Name, room.Description, room.Status, RoomRole.Manager, room.CreatedAt);
    }
}

internal static class CreateRoomEndpoint
{
    internal sealed record Body(string Name, string? Description);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreateRoom(body.Name, body.Description), ct)).ToHttp(r => TypedResults.Created($"/api/deal-rooms/{r.Id}", r)))
            .WithName("CreateDealRoom")
            .WithSummary("Open a room (platform role Manager); you become its manager.")
            .Produces<RoomView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
