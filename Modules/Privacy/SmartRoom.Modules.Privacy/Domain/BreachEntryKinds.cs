namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>What an entry of a breach's history records.</summary>
internal static class BreachEntryKinds
{
    public const string Registered = "registered";
    public const string Updated = "updated";
    public const string RegulatorNotified = "regulator-notified";
    public const string Closed = "closed";
}
