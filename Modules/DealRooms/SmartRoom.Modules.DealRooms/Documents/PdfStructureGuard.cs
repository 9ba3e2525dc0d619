using System.IO.Compression;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// What PDFsharp cannot survive, refused before it parses: its parser and page-tree walk recurse, and a
/// stack overflow ends the process — it cannot be caught. <see cref="CheckNesting"/> bounds how deeply
/// arrays and dictionaries nest, in the file and inside its (Flate-compressed) object streams;
/// <see cref="CheckPageTree"/> walks the page tree of a document opened for import (which does not flatten
/// it) without recursion, and refuses cycles and absurd depths. PDFsharp's other structures are read
/// iteratively or only as deep as the nesting allows.
/// </summary>
internal static class PdfStructureGuard
{
    /// <summary>Real documents nest a handful of levels; this leaves room and stays far from the stack's end.</summary>
    public const int MaxNesting = 100;

    /// <summary>Balanced page trees of a million pages are some 20 levels deep.</summary>
    public const int MaxPageTreeDepth = 64;

    /// <summary>Decompressed object streams are scanned up to this much in total; beyond it the document is refused.</summary>
    public const long MaxObjectStreamBytes = 512L * 1024 * 1024;

    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <exception cref="UnreadablePdfException">Arrays or dictionaries nest deeper than <see cref="MaxNesting"/>, or an object stream cannot be checked.</exception>
    public static void CheckNesting(ArraySegment<byte> document)
    {
        var pdf = document.AsSpan();
        var scanner = new NestingScanner();
        long inflated = 0;
        var dictionaryStart = -1;
        var dictionaryEnd = -1;
        for (var i = 0; i < pdf.Length; i++)
        {
            var before = scanner.Depth;
            scanner.Feed(pdf[i]);
            if (before == 0 && scanner.Depth == 1 && pdf[i] == (byte)'<')
            {
                dictionaryStart = i - 1;
            }
            else if (before == 1 && scanner.Depth == 0 && pdf[i] == (byte)'>')
            {
                dictionaryEnd = i + 1;
            }

            // "stream" after an object's dictionary: its data is not PDF syntax; skip it (scanning object streams' contents).
            if (scanner.IsPlain && scanner.Depth == 0 && pdf[i] == (byte)'m' && i >= 5 && pdf[(i - 5)..(i + 1)].SequenceEqual(StreamKeyword)
                && (i < 6 || !IsRegular(pdf[i - 6])) && i + 1 < pdf.Length && pdf[i + 1] is (byte)'\r' or (byte)'\n')
            {
                var dataStart = i + 1 + (pdf[i + 1] == (byte)'\r' && i + 2 < pdf.Length && pdf[i + 2] == (byte)'\n' ? 2 : 1);
                var dictionary = dictionaryEnd > dictionaryStart && dictionaryStart >= 0 && dictionaryEnd <= i ? pdf[dictionaryStart..dictionaryEnd] : [];
                var dataEnd = DataEnd(pdf, dataStart, dictionary);
                if (Contains(dictionary, "/ObjStm"u8))
                {
                    inflated += ScanObjectStream(document[dataStart..dataEnd], dictionary, MaxObjectStreamBytes - inflated);
                }

                i = Math.Min(pdf.Length, dataEnd + EndStreamKeyword.Length) - 1;
                dictionaryStart = dictionaryEnd = -1;
            }
        }
    }

    /// <summary>Checks the page tree of a document opened for import, iteratively: no node twice, no path deeper than <see cref="MaxPageTreeDepth"/>.</summary>
    /// <exception cref="UnreadablePdfException">The tree loops back on itself or is too deep.</exception>
    public static void CheckPageTree(PdfDocument document)
    {
        var root = Resolve(document.Internals.Catalog.Elements["/Pages"]) as PdfDictionary ?? throw new UnreadablePdfException("The PDF has no page tree.");
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(PdfDictionary Node, int Depth)>([(root, 1)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current.Node))
            {
                throw new UnreadablePdfException("The PDF's page tree loops back on itself.");
            }

            if (current.Depth > MaxPageTreeDepth)
            {
                throw new UnreadablePdfException($"The PDF's page tree is nested deeper than {MaxPageTreeDepth} levels.");
            }

            if (Resolve(current.Node.Elements["/Kids"]) is not { } kidsObject)
            {
                continue;
            }

            if (kidsObject is not PdfArray kids)
            {
                throw new UnreadablePdfException("The PDF's page tree is damaged.");
            }

            foreach (var kid in kids.Elements)
            {
                if (Resolve(kid) is PdfDictionary child)
                {
                    pending.Push((child, current.Depth + 1));
                }
            }
        }
    }

    private static PdfObject? Resolve(PdfItem? item) => item switch
    {
        PdfReference reference => reference.Value,
        PdfObject value => value,
        _ => null,
    };

    /// <summary>Where a stream's data ends: by its direct /Length when that lands on "endstream", else at the next "endstream".</summary>
    private static int DataEnd(ReadOnlySpan<byte> pdf, int dataStart, ReadOnlySpan<byte> dictionary)
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
    private static long ScanObjectStream(ArraySegment<byte> data, ReadOnlySpan<byte> dictionary, long budget)
    {
        var scanner = new NestingScanner();
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
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(buffer); // decompressed document content
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
    private static bool IsRegular(byte b) => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0
        or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    /// <summary>
    /// Follows PDF syntax byte by byte just enough to count how deeply arrays and dictionaries nest: strings
    /// (with their escapes and balanced parentheses), hex strings and comments are passed over.
    /// </summary>
    private struct NestingScanner
    {
        private int _stringDepth;
        private bool _escaped;
        private bool _inComment;
        private bool _inHex;
        private bool _pendingLt;
        private bool _pendingGt;

        public int Depth { get; private set; }

        /// <summary>Outside strings and comments.</summary>
        public readonly bool IsPlain => _stringDepth == 0 && !_inComment && !_inHex;

        public void Feed(byte b)
        {
            if (_inComment)
            {
                _inComment = b is not ((byte)'\r' or (byte)'\n');
                return;
            }

            if (_stringDepth > 0)
            {
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    _escaped = true;
                }
                else if (b == (byte)'(')
                {
                    _stringDepth++;
                }
                else if (b == (byte)')')
                {
                    _stringDepth--;
                }

                return;
            }

            if (_pendingLt)
            {
                _pendingLt = false;
                if (b == (byte)'<')
                {
                    Open();
                    return;
                }

                _inHex = true; // "<" then anything but "<": a hex string
            }

            if (_inHex)
            {
                _inHex = b != (byte)'>';
                return;
            }

            if (_pendingGt)
            {
                _pendingGt = false;
                if (b == (byte)'>')
                {
                    Close();
                    return;
                }
            }

            switch (b)
            {
                case (byte)'%':
                    _inComment = true;
                    break;
                case (byte)'(':
                    _stringDepth = 1;
                    break;
                case (byte)'<':
                    _pendingLt = true;
                    break;
                case (byte)'>':
                    _pendingGt = true;
                    break;
                case (byte)'[':
                    Open();
                    break;
                case (byte)']':
                    Close();
                    break;
            }
        }

        private void Open()
        {
            if (++Depth > MaxNesting)
            {
                throw new UnreadablePdfException($"The PDF nests arrays or dictionaries deeper than {MaxNesting} levels.");
            }
        }

        private void Close() => Depth = Math.Max(0, Depth - 1);
    }
}
