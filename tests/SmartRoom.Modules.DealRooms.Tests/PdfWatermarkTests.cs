using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
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
            texts[i].ShouldContain($"Page {i + 1} of the agreement");
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

    /// <summary>Portrait, landscape, and a portrait page shown turned (/Rotate 90).</summary>
    private static byte[] ThreePages() => Pdf(3, document =>
    {
        document.Pages[1].Orientation = PdfSharp.PageOrientation.Landscape;
        document.Pages[2].Rotate = 90;
    });

    private static byte[] Pdf(int pages, Action<PdfDocument>? configure = null)
    {
        WatermarkFont.Register();
        using var document = new PdfDocument();
        for (var i = 1; i <= pages; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.AddPage());
            gfx.DrawString($"Page {i} of the agreement", WatermarkFont.Of(12), XBrushes.Black, 40, 60);
        }

        configure?.Invoke(document);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Each page's text-showing strings, joined (content streams decompressed and parsed by PDFsharp).</summary>
    internal static List<string> Texts(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.Pages.Cast<PdfPage>().Select(page => string.Join("\n", Strings(ContentReader.ReadContent(page)))).ToList();
    }

    private static IEnumerable<string> Strings(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            IEnumerable<string> inner = item switch
            {
                CString text => [text.Value],
                COperator op => Strings(op.Operands),
                CSequence nested => Strings(nested),
                _ => [],
            };
            foreach (var text in inner)
            {
                yield return text;
            }
        }
    }
}
