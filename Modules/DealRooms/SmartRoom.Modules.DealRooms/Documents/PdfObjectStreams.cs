using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// The raw bytes of PDF streams as <see cref="PdfStructureGuard"/> meets them: where a stream's data ends, and the
/// objects inside a (Flate-compressed) object stream, fed to a <see cref="PdfNestingScanner"/>.
/// </summary>
internal static class PdfObjectStreams
{
    public static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <summary>Where a stream's data ends: by its direct /Length when that lands on "endstream", else at the next "endstream".</summary>
    public static int DataEnd(ReadOnlySpan<byte> pdf, int dataStart, ReadOnlySpan<byte> dictionary)
    {
        if (DirectLength(dictionary) is { } length && length >= 0 && dataStart + length <= pdf.Length)
        {
            var after = dataStart + (int)length;
            var probe = after;
            while (probe < pdf.Length && probe < after + 4 && pdf[probe] is (byte)'\r' or (byte)'\n' or (byte)' ')
            {
                probe++;
            }

            if (pdf[probe..].StartsWith(EndStreamKeyword))
            {
                return after;
            }
        }

        var found = pdf[dataStart..].IndexOf(EndStreamKeyword);
        return found < 0 ? pdf.Length : dataStart + found;
    }

    /// <summary>The dictionary's /Length when it is a number written in place (not a reference to one).</summary>
    private static long? DirectLength(ReadOnlySpan<byte> dictionary)
    {
        var at = dictionary.IndexOf("/Length"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = dictionary[(at + 7)..];
        if (rest.Length == 0 || IsRegular(rest[0]))
        {
            return null; // /Length1, /LengthX: another key
        }

        var text = Encoding.ASCII.GetString(rest[..Math.Min(rest.Length, 40)]).TrimStart();
        var digits = new string(text.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length is 0 or > 12)
        {
            return null;
        }

        var tail = text[digits.Length..].TrimStart();
        // "12 0 R" is a reference, not a length.
        return tail.Length > 0 && char.IsAsciiDigit(tail[0]) ? null : long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Scans an object stream's objects for nesting; answers how many bytes it decompressed.</summary>
    public static long ScanForNesting(ArraySegment<byte> data, ReadOnlySpan<byte> dictionary, long budget)
    {
        var scanner = new PdfNestingScanner();
        if (!Contains(dictionary, "/Filter"u8))
        {
            foreach (var b in data)
            {
                scanner.Feed(b);
            }

            return data.Count;
        }

        // The one filter object streams use in practice; anything else cannot be checked, so it is refused.
        if (!Contains(dictionary, "/FlateDecode"u8) || Contains(dictionary, "/DecodeParms"u8) || HasSecondFilter(dictionary))
        {
            throw new UnreadablePdfException("The PDF's object streams use filters the server does not check.");
        }

        long total = 0;
        var buffer = new byte[64 * 1024];
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                total += read;
                if (total > budget)
                {
                    throw new UnreadablePdfException("The PDF's object streams expand beyond what the server checks.");
                }

                foreach (var b in buffer.AsSpan(0, read))
                {
                    scanner.Feed(b);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadablePdfException("The PDF's object streams are damaged.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer); // decompressed document content
        }

        return total;
    }

    private static bool HasSecondFilter(ReadOnlySpan<byte> dictionary)
    {
        var at = dictionary.IndexOf("/Filter"u8);
        var rest = dictionary[(at + 7)..];
        var open = rest.IndexOf((byte)'[');
        var close = rest.IndexOf((byte)']');
        return open >= 0 && close > open && rest[open..close].Count((byte)'/') > 1;
    }

    private static bool Contains(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle) >= 0;

    /// <summary>Not white space and not a delimiter: part of a name, number or keyword.</summary>
    public static bool IsRegular(byte b) => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0
        or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
