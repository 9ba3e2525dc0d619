using System.Diagnostics.CodeAnalysis;

namespace SmartRoom.BuildingBlocks.Errors;

/// <summary>A command that answers nothing but success.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}
