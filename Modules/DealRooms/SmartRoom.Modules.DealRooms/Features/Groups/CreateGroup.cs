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

namespace SmartRoom.Modules.DealRooms.Features.Groups;

/// <summary>A manager adds a group ("Bidder A"); names are unique in the room.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record CreateGroup(Guid RoomId, string Name) : ICommand<Result<GroupView>>, IRoomRequest;

internal sealed class CreateGroupValidator : AbstractValidator<CreateGroup>
{
    public CreateGroupValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100).Must(n => n is null || !n.Any(char.IsControl))
            .WithMessage("'Name' must not contain control characters.");
}

internal sealed class CreateGroupHandler(DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<CreateGroup, Result<GroupView>>
{
    public async ValueTask<Result<GroupView>> Handle(CreateGroup command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Groups.AnyAsync(g => g.RoomId == command.RoomId && g.Name == name, cancellationToken))
        {
            return Error.Conflict("group-exists", $"The room already has a group named '{name}'.");
        }

        var group = new Group { Id = Guid.CreateVersion7(), RoomId = command.RoomId, Name = name, CreatedAt = clock.GetUtcNow() };
        db.Groups.Add(group);
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.GroupCreated, "group", group.Id.ToString(), new { group.Name }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new GroupView(group.Id, group.Name, 0, group.CreatedAt);
    }
}

internal static class CreateGroupEndpoint
{
    internal sealed record Body(string Name);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/groups", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreateGroup(roomId, body.Name), ct)).ToHttp(g => TypedResults.Created($"/api/deal-rooms/{roomId}/groups/{g.Id}", g)))
            .WithName("CreateGroup")
            .Produces<GroupView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
