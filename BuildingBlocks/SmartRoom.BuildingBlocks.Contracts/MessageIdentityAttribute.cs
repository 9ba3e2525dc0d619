namespace SmartRoom.BuildingBlocks.Contracts;

/// <summary>
/// The stable wire name of a message (<c>module.event-name.vN</c>). Stored and in-flight messages are
/// matched by this name, not by the CLR type, so types can move or be renamed; a breaking change gets a
/// new version. Contracts stay free of package references: the messaging set-up teaches Wolverine to read it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MessageIdentityAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
