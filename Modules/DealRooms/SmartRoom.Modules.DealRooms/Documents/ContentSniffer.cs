using System.Text.Unicode;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>The content type from the first bytes of a file, never from what the client claims.</summary>
internal static class ContentSniffer
{
    public const int PrefixLength = 512;

    /// <summary>Null for content a data room refuses to hold (executables).</summary>
    public static string? Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (head.StartsWith("MZ"u8) || head.StartsWith("\u007fELF"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]))
        {
            return null;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "image/png";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF8"u8))
        {
            return "image/gif";
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return extension switch
            {
                ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                _ => "application/zip",
            };
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "application/x-ole-storage"; // legacy .doc/.xls/.ppt
        }

        if (head.IndexOf((byte)0) < 0 && IsUtf8(head))
        {
            return extension switch
            {
                ".csv" => "text/csv",
                ".md" => "text/markdown",
                _ => "text/plain",
            };
        }

        return "application/octet-stream";
    }

    private static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        // The prefix may end inside a multi-byte character: allow up to 3 trailing bytes to be cut.
        for (var cut = 0; cut <= Math.Min(3, head.Length); cut++)
        {
            if (Utf8.IsValid(head[..^cut]))
            {
                return true;
            }
        }

        return false;
    }
}
