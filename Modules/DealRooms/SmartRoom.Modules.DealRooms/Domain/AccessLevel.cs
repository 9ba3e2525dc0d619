namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>What a group may do with a folder or document. Ordered: each level includes the ones before it.</summary>
internal enum AccessLevel
{
    None = 0,
    View = 1,
    Download = 2,
    Upload = 3,
}
