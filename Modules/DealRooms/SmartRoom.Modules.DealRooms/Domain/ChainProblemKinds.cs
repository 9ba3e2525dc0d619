namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>What is wrong with a room's chain, and where.</summary>
internal static class ChainProblemKinds
{
    /// <summary>The record at <c>seq</c> is not what was written there (its fields or hash were changed, or it was forged in its place).</summary>
    public const string Edited = "edited";

    /// <summary>Records from <c>seq</c> (<c>count</c> of them) are missing from the middle of the chain.</summary>
    public const string Deleted = "deleted";

    /// <summary>The record at <c>seq</c> was never appended by SmartRoom: it sits between two records that were written one after the other.</summary>
    public const string Inserted = "inserted";

    /// <summary>The newest records, from <c>seq</c> (<c>count</c> of them), are missing: the head or a checkpoint reaches further than the chain.</summary>
    public const string Truncated = "truncated";

    /// <summary>The record at <c>seq</c> was written earlier in the chain than where it now sits.</summary>
    public const string Reordered = "reordered";

    /// <summary>The room has keyed records but no chain head.</summary>
    public const string HeadMissing = "head-missing";

    /// <summary>The chain head's MAC is wrong (or made with a master key this host does not have).</summary>
    public const string HeadInvalid = "head-invalid";

    /// <summary>The head and the end of the chain disagree although both are authentic (e.g. the head was rolled back behind newer records).</summary>
    public const string HeadMismatch = "head-mismatch";

    /// <summary>A stored checkpoint's signature is wrong: it was not issued by SmartRoom.</summary>
    public const string CheckpointInvalid = "checkpoint-invalid";
}
