namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>Who acted, as the room's audit trail flags them.</summary>
public static class MessagingActorKinds
{
    public const string Member = "Member";
    public const string Manager = "Manager";
    public const string Support = "Support";
    public const string System = "System";
}
