namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>A purpose as it stands: its latest version, and the latest material one (consent to anything older no longer counts).</summary>
internal sealed record PurposeStanding(ConsentPurpose Current, int MaterialVersion)
{
    public string Key => Current.Key;
}
