namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// What the usage statistics count, and the only dimension values they break a count down by. Every value comes
/// from a small fixed vocabulary, never from what a user typed: no room name, document name, exact extension,
/// group, folder or person can reach a statistic. Room-scoped measures count things that happen inside deal
/// rooms; their figures must come from enough rooms that none of them can be singled out.
/// </summary>
internal static class UsageMeasures
{
    public const string AccountsRegistered = "accounts-registered";
    public const string DealRoomsCreated = "deal-rooms-created";
    public const string MembersJoined = "members-joined";
    public const string DocumentsAdded = "documents-added";
    public const string DocumentVersionsAdded = "document-versions-added";

    /// <summary>The dimension value of a measure that is not broken down, and of a group's total.</summary>
    public const string All = "all";

    public const string Other = "other";

    private static readonly string[] Ordered = [AccountsRegistered, DealRoomsCreated, MembersJoined, DocumentsAdded, DocumentVersionsAdded];

    /// <summary>Where a measure comes in an export (an unknown one last).</summary>
    public static int Order(string measure)
    {
        var index = Array.IndexOf(Ordered, measure);
        return index < 0 ? int.MaxValue : index;
    }

    public static bool IsRoomScoped(string measure) => measure != AccountsRegistered;

    public static bool IsBrokenDown(string measure) => measure is MembersJoined or DocumentsAdded or DocumentVersionsAdded;

    /// <summary>A room role as DealRooms names it, to the statistics' vocabulary.</summary>
    public static string Role(string role) => role.ToUpperInvariant() switch
    {
        "MANAGER" => "manager",
        "CONTRIBUTOR" => "contributor",
        "VIEWER" => "viewer",
        _ => Other,
    };

    /// <summary>
    /// A file's broad type from its name's extension. Exact extensions are not kept: a rare one (a CAD drawing, a
    /// niche format) could point at the one deal that uses it.
    /// </summary>
    public static string FileType(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant();
        return extension switch
        {
            "PDF" => "pdf",
            "DOC" or "DOCX" or "DOCM" or "ODT" or "RTF" or "PAGES" => "word-processing",
            "XLS" or "XLSX" or "XLSM" or "ODS" or "CSV" or "NUMBERS" => "spreadsheet",
            "PPT" or "PPTX" or "ODP" or "KEY" => "presentation",
            "PNG" or "JPG" or "JPEG" or "GIF" or "TIF" or "TIFF" or "BMP" or "WEBP" or "HEIC" or "SVG" => "image",
            "TXT" or "MD" => "text",
            "EML" or "MSG" => "email",
            "ZIP" or "7Z" or "RAR" or "TAR" or "GZ" => "archive",
            _ => Other,
        };
    }
}
