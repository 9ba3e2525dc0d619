namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary><c>SmartRoom:Documents</c>.</summary>
internal sealed class DocumentOptions
{
    public const string Section = "SmartRoom:Documents";

    /// <summary>The largest upload accepted (default 2 GiB); larger ones answer 413.</summary>
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// The largest PDF stamped with a watermark (default 200 MiB); larger ones answer 413. Stamping holds
    /// the document, its parsed form and the stamped copy in memory.
    /// </summary>
    public long MaxWatermarkBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The most entries (files, folders and skipped litter together) a zip upload may hold; more answer 413.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>The deepest folder nesting a zip upload may create below its target folder; deeper answers 400.</summary>
    public int MaxZipDepth { get; set; } = 20;

    /// <summary>
    /// How old a blob that no document version refers to must be before the retention sweep removes it (default 24 h):
    /// an upload still writing or about to record its row is never touched.
    /// </summary>
    public TimeSpan OrphanBlobSafetyWindow { get; set; } = TimeSpan.FromHours(24);
}
