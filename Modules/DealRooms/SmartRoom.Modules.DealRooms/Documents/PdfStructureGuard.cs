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

    /// <exception cref="UnreadablePdfException">Arrays or dictionaries nest deeper than <see cref="MaxNesting"/>, or an object stream cannot be checked.</exception>
    public static void CheckNesting(ArraySegment<byte> document)
    {
        var pdf = document.AsSpan();
        var scanner = new PdfNestingScanner();
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
                && (i < 6 || !PdfObjectStreams.IsRegular(pdf[i - 6])) && i + 1 < pdf.Length && pdf[i + 1] is (byte)'\r' or (byte)'\n')
            {
                var dataStart = i + 1 + (pdf[i + 1] == (byte)'\r' && i + 2 < pdf.Length && pdf[i + 2] == (byte)'\n' ? 2 : 1);
                var dictionary = dictionaryEnd > dictionaryStart && dictionaryStart >= 0 && dictionaryEnd <= i ? pdf[dictionaryStart..dictionaryEnd] : [];
                var dataEnd = PdfObjectStreams.DataEnd(pdf, dataStart, dictionary);
                if (dictionary.IndexOf("/ObjStm"u8) >= 0)
                {
                    inflated += PdfObjectStreams.ScanForNesting(document[dataStart..dataEnd], dictionary, MaxObjectStreamBytes - inflated);
                }

                i = Math.Min(pdf.Length, dataEnd + PdfObjectStreams.EndStreamKeyword.Length) - 1;
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
}
