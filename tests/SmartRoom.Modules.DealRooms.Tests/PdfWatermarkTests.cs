using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class PdfWatermarkTests
{
    private const string Line = "Viewed by alice@example.com · 203.0.113.7 · 2026-11-26 14:03 UTC";

    [Fact]
    public void Every_page_carries_the_lines_and_keeps_its_own_content()
    {
        var original = ThreePages();
        Texts(original).ShouldAllBe(t => !t.Contains("alice@example.com"));

        using var stamped = new MemoryStream();
        var pages = PdfWatermark.Stamp(new MemoryStream(original), stamped, [Line]);

        pages.ShouldBe(3);
        var texts = Texts(stamped.ToArray());
        texts.Count.ShouldBe(3);
        for (var i = 0; i < texts.Count; i++)
        {
            texts[i].ShouldContain("alice@example.com");
            texts[i].ShouldContain("203.0.113.7");
            texts[i].ShouldContain("2026-11-26 14:03 UTC");
            texts[i].ShouldContain($"Share purchase agreement, page {i + 1}");
        }
    }

    [Fact]
    public void Addresses_outside_Latin_1_are_drawn_too()
    {
        using var stamped = new MemoryStream();

        PdfWatermark.Stamp(new MemoryStream(ThreePages()), stamped, ["Viewed by иван@пример.рф · 2001:db8::7 · 2026-11-26 14:03 UTC"]).ShouldBe(3);

        using var reopened = PdfReader.Open(new MemoryStream(stamped.ToArray()), PdfDocumentOpenMode.Import);
        reopened.PageCount.ShouldBe(3);
    }

    [Theory]
    [InlineData("user password")]
    [InlineData("owner password")]
    public void Password_protected_documents_are_refused(string protection)
    {
        var pdf = Pdf(1, document =>
        {
            if (protection == "user password")
            {
                document.SecuritySettings.UserPassword = "open sesame";
            }

            document.SecuritySettings.OwnerPassword = "owner";
        });

        Should.Throw<UnreadablePdfException>(() => PdfWatermark.Stamp(new MemoryStream(pdf), new MemoryStream(), [Line]));
    }

    [Theory]
    [InlineData("stub")]
    [InlineData("noise")]
    [InlineData("truncated")]
    public void What_is_not_a_whole_pdf_is_refused(string kind)
    {
        var bytes = kind switch
        {
            "stub" => "%PDF-1.7\n1 0 obj\n"u8.ToArray(),
            "noise" => System.Security.Cryptography.RandomNumberGenerator.GetBytes(4096),
            _ => ThreePages()[..600],
        };
        var output = new MemoryStream();

        Should.Throw<UnreadablePdfException>(() => PdfWatermark.Stamp(new MemoryStream(bytes), output, [Line]));
    }

    /// <summary>
    /// Documents built to crash the parser: PDFsharp recurses through nesting and the page tree, and a stack
    /// overflow ends the process (it cannot be caught). Each must be refused as unreadable — if the guard
    /// failed, this test run would die instead of failing.
    /// </summary>
    [Theory]
    [InlineData("nested arrays")]
    [InlineData("nested dictionaries")]
    [InlineData("nested arrays in an object stream")]
    [InlineData("nested arrays in a string-laden object")]
    [InlineData("page tree loop")]
    [InlineData("page tree that holds itself")]
    [InlineData("deep page tree")]
    [InlineData("huge object numbers")]
    public void Documents_built_to_crash_the_parser_are_refused(string kind)
    {
        const int deep = 10_000;
        var page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
        var bytes = kind switch
        {
            "nested arrays" => Classic("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /X {new string('[', deep)}{new string(']', deep)} >>"),
            "nested dictionaries" => Classic("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /X {string.Concat(Enumerable.Repeat("<< /A ", deep))}1{string.Concat(Enumerable.Repeat(">>", deep))} >>"),
            // Compressed, and deep enough (200,000) to overflow even the stamping thread's own stack: only the scan stops it.
            "nested arrays in an object stream" => WithObjectStream(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                $"{new string('[', 20 * deep)}{new string(']', 20 * deep)}"], packed: [4]),
            // Brackets inside strings do not count, so the scanner must not lose its place in them.
            "nested arrays in a string-laden object" => Classic("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /S (a \\) ( [ ] ) <<) /H <5B5D> /X {new string('[', deep)}{new string(']', deep)} >>"),
            "page tree loop" => Classic("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>", page,
                "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"),
            "page tree that holds itself" => Classic("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>", page),
            "deep page tree" => Classic([
                "<< /Type /Catalog /Pages 2 0 R >>",
                .. Enumerable.Range(2, deep).Select(n => $"<< /Type /Pages /Kids [{n + 1} 0 R] /Count 1 >>"),
                $"<< /Type /Page /Parent {deep + 1} 0 R /MediaBox [0 0 612 792] >>",
            ]),
            _ => Classic(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2147483000 0 R] /Count 1 >>", page], lastNumber: 2_147_483_000),
        };

        Should.Throw<UnreadablePdfException>(() => PdfWatermark.Stamp(new MemoryStream(bytes), new MemoryStream(), [Line]));
    }

    [Fact]
    public void Ordinary_nesting_and_object_streams_still_stamp()
    {
        var page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << >> >> /X [[[[ (deep enough ]]]]) ]]]] >>";
        var pdf = WithObjectStream(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, StreamObject("0 0 m 10 10 l S")],
            packed: [1, 2, 3]);
        using var stamped = new MemoryStream();

        PdfWatermark.Stamp(new MemoryStream(pdf), stamped, [Line]).ShouldBe(1);

        Texts(stamped.ToArray()).ShouldHaveSingleItem().ShouldContain("alice@example.com");
    }

    private static string StreamObject(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    /// <summary>A PDF with a classic cross-reference table; objects are numbered 1, 2, 3… (the last one <paramref name="lastNumber"/> if given).</summary>
    internal static byte[] Classic(string[] objects, int? lastNumber)
    {
        var text = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(i == objects.Length - 1 && lastNumber is { } n ? n : i + 1)} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.Latin1.GetBytes(text.ToString());
    }

    internal static byte[] Classic(params string[] objects) => Classic(objects, null);

    /// <summary>
    /// A PDF 1.5 whose objects numbered in <paramref name="packed"/> sit in a Flate-compressed object stream,
    /// found through a cross-reference stream (as modern writers do).
    /// </summary>
    private static byte[] WithObjectStream(string[] objects, int[] packed)
    {
        var latin1 = System.Text.Encoding.Latin1;
        var streamNumber = objects.Length + 1;
        var xrefNumber = objects.Length + 2;
        var header = new System.Text.StringBuilder();
        var body = new System.Text.StringBuilder();
        foreach (var number in packed)
        {
            header.Append(System.Globalization.CultureInfo.InvariantCulture, $"{number} {body.Length} ");
            body.Append(objects[number - 1]).Append('\n');
        }

        var plain = latin1.GetBytes(header.ToString() + body);
        using var compressed = new MemoryStream();
        using (var deflate = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(plain);
        }

        var output = new MemoryStream();
        void Write(string text) => output.Write(latin1.GetBytes(text));
        Write("%PDF-1.5\n");
        var entries = new (byte Type, int Field2, int Field3)[xrefNumber + 1];
        entries[0] = (0, 0, 65535);
        for (var number = 1; number <= objects.Length; number++)
        {
            var index = Array.IndexOf(packed, number);
            if (index >= 0)
            {
                entries[number] = (2, streamNumber, index);
                continue;
            }

            entries[number] = (1, (int)output.Length, 0);
            Write($"{number} 0 obj\n{objects[number - 1]}\nendobj\n");
        }

        entries[streamNumber] = (1, (int)output.Length, 0);
        Write($"{streamNumber} 0 obj\n<< /Type /ObjStm /N {packed.Length} /First {latin1.GetByteCount(header.ToString())} /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
        output.Write(compressed.ToArray());
        Write("\nendstream\nendobj\n");
        entries[xrefNumber] = (1, (int)output.Length, 0);
        var table = new byte[entries.Length * 7];
        for (var i = 0; i < entries.Length; i++)
        {
            table[i * 7] = entries[i].Type;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(table.AsSpan((i * 7) + 1), entries[i].Field2);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan((i * 7) + 5), (ushort)entries[i].Field3);
        }

        var xrefAt = output.Length;
        Write($"{xrefNumber} 0 obj\n<< /Type /XRef /Size {entries.Length} /W [1 4 2] /Root 1 0 R /Length {table.Length} >>\nstream\n");
        output.Write(table);
        Write($"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Portrait, landscape, and a portrait page shown turned (/Rotate 90).</summary>
    private static byte[] ThreePages() => Pdf(3, document =>
    {
        document.Pages[1].Orientation = PdfSharp.PageOrientation.Landscape;
        document.Pages[2].Rotate = 90;
    });

    internal static byte[] Pdf(int pages, Action<PdfDocument>? configure = null) => TestPdfs.Pages(pages, configure: configure);

    private static List<string> Texts(byte[] pdf) => TestPdfs.Texts(pdf);
}
