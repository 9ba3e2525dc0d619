namespace SmartRoom.BuildingBlocks.Errors;

/// <summary>
/// How entering a deal room is refused, in every module that enters rooms (DealRooms, Messaging): one status,
/// problem code and wording each, so a room out of reach reads the same whichever module is asked (docs/adr/0013).
/// </summary>
public static class RoomRefusals
{
    public static readonly Error NotFound = Error.NotFound("deal room");

    public static readonly Error ManagersOnly = Error.Forbidden("room-managers-only", "Only the room's managers may do this.");

    public static readonly Error ReadOnly = Error.Conflict("room-read-only", "The room is closed: nothing in it can change until it is reopened.");

    public static readonly Error AddressNotAllowed = Error.Forbidden("ip-not-allowed",
        "The room admits its members only from the networks its managers listed; this address is not among them.");

    /// <summary>Not being able to enter the room reads as <paramref name="what"/> not being found; other refusals stay as they are.</summary>
    public static Error NotFoundAs(Error refusal, string what) => refusal == NotFound ? Error.NotFound(what) : refusal;
}
