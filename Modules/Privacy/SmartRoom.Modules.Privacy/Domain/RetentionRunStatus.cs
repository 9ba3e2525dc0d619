namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>States of a retention run and of each of its categories.</summary>
internal static class RetentionRunStatus
{
    /// <summary>A run waiting for answers; a category whose module has not answered yet.</summary>
    public const string Running = "running";

    /// <summary>A run every category answered; a category its module swept.</summary>
    public const string Completed = "completed";

    /// <summary>A category under a legal hold: not swept at all in this run.</summary>
    public const string Held = "held";
}
