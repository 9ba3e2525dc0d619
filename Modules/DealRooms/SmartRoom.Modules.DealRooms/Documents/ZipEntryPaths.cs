namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// The one rule for names inside zips. Uploads: an entry name is a relative path of plain names, or the
/// zip is refused — no leading slash (absolute), no drive letter or other colon, no empty, "." or ".."
/// segment, no control characters, no segment over 255 characters; backslashes count as separators, and
/// whitespace around a segment is trimmed (as for single uploads). Downloads: each segment is made a
/// name every common unzip tool extracts in place.
/// </summary>
internal static class ZipEntryPaths
{
    public const int MaxNameLength = 255;

    private static readonly HashSet<string> JunkFiles = new(StringComparer.OrdinalIgnoreCase) { ".DS_Store", "Thumbs.db" };

    public static ZipEntryPath Parse(string fullName)
    {
        if (string.IsNullOrEmpty(fullName))
        {
            return Unsafe("an entry has no name");
        }

        var path = fullName.Replace('\\', '/');
        if (path[0] == '/')
        {
            return Unsafe("absolute paths are not allowed");
        }

        var isDirectory = path[^1] == '/';
        var segments = (isDirectory ? path[..^1] : path).Split('/');
        var names = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Any(char.IsControl))
            {
                return Unsafe("names may not contain control characters");
            }

            if (segment.Contains(':', StringComparison.Ordinal))
            {
                return Unsafe("names may not contain colons (drive letters, streams)");
            }

            var name = segment.Trim();
            if (name.Length == 0)
            {
                return Unsafe("empty path segments are not allowed");
            }

            if (name is "." or "..")
            {
                return Unsafe("'.' and '..' are not allowed");
            }

            if (name.Length > MaxNameLength)
            {
                return Unsafe($"a name is longer than {MaxNameLength} characters");
            }

            names[i] = name;
        }

        if (names.Any(n => n.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase))
            || (!isDirectory && (JunkFiles.Contains(names[^1]) || names[^1].StartsWith("._", StringComparison.Ordinal))))
        {
            return new ZipEntryPath(ZipEntryKind.Junk, names[..^1], names[^1]);
        }

        return isDirectory
            ? new ZipEntryPath(ZipEntryKind.Directory, names, "")
            : new ZipEntryPath(ZipEntryKind.File, names[..^1], names[^1]);
    }

    /// <summary>
    /// One segment of a path inside a downloaded zip: characters that are separators or invalid on
    /// Windows, and control characters, become '_'; trailing dots and spaces (dropped by Windows) go.
    /// </summary>
    public static string Segment(string name)
    {
        var chars = name.Select(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c).ToArray();
        var cleaned = new string(chars).TrimEnd('.', ' ');
        return cleaned.Length == 0 ? "_" : cleaned;
    }

    private static ZipEntryPath Unsafe(string problem) => new(ZipEntryKind.Unsafe, [], "", problem);
}
