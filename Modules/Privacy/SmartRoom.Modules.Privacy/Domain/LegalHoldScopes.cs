namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>What a legal hold covers: a person, a deal room, or a category of the data map.</summary>
internal static class LegalHoldScopes
{
    public const string User = "user";
    public const string Room = "room";
    public const string Category = "category";

    public static readonly IReadOnlyList<string> All = [User, Room, Category];
}
