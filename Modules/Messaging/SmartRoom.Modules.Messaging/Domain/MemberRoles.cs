namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Room roles as DealRooms' events carry them.</summary>
internal static class MemberRoles
{
    public const string Manager = "Manager";
    public const string Contributor = "Contributor";
    public const string Viewer = "Viewer";
}
