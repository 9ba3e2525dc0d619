using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListInvitations;

internal static class ListInvitationsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/invitations", roomId => new ListInvitations(roomId), StatusCodes.Status404NotFound)
            .WithName("ListInvitations");
}
