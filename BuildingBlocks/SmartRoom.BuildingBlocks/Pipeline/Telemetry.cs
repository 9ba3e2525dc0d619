using System.Diagnostics;

namespace SmartRoom.BuildingBlocks.Pipeline;

/// <summary>Our own activity sources; the host listens to <c>SmartRoom.*</c>.</summary>
public static class Telemetry
{
    public const string Prefix = "SmartRoom";

    public static readonly ActivitySource Requests = new($"{Prefix}.Requests");
}
