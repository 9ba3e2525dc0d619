using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>
/// How the watermark is laid out on the page as a reader sees it (inside the crop box, after /Rotate): the
/// diagonal lines span about two thirds of the visible diagonal (6 to 36 pt), the footer fits the visible
/// width less the margins (7.5 pt, shrunk down to 3 pt). Read back from the stamped content stream.
/// </summary>
public sealed class PdfWatermarkLayoutTests
{
    private const string Line = "Viewed by alice@example.com · 203.0.113.7 · 2026-11-26 14:03 UTC";
    private const string Second = "Project Falcon, data room of Acme Holdings";
    private const double Margins = 2 * 18;

    [Fact]
    public void Every_line_is_drawn_across_and_all_of_them_in_the_footer()
    {
        var runs = Stamp(Page("[0 0 612 792]"), [Line, Second]);

        runs.ShouldContain(r => r.Text == Line);
        runs.ShouldContain(r => r.Text == Second);
        runs.Single(r => r.Text == Line).Size.ShouldBe(runs.Single(r => r.Text == Second).Size);
        runs[^1].ShouldBe(($"{Line} · {Second}", 7.5));
    }

    [Theory]
    [InlineData("[0 0 612 792]", null, 612, 792)]
    [InlineData("[0 0 612 792]", "[0 0 306 396]", 306, 396)] // the crop box is what is seen
    [InlineData("[0 0 612 792]", "[306 396 0 0]", 306, 396)] // corners in any order
    [InlineData("[0 0 612 792]", "[-100 -100 306 396]", 306, 396)] // the part of the crop box on the media box
    [InlineData("[0 0 612 792]", "[700 800 900 1000]", 612, 792)] // a crop box off the page is ignored
    [InlineData("[0 0 612 792]", "[100 100 100.5 500]", 612, 792)] // and so is one without area
    public void The_diagonal_lines_span_two_thirds_of_the_visible_diagonal(string media, string? crop, double width, double height)
    {
        var runs = Stamp(Page(media, crop), [Line]);

        var size = runs.First(r => r.Text == Line).Size; // (the footer, last, holds the same text)
        (Width(Line, size) / Math.Sqrt((width * width) + (height * height))).ShouldBe(0.66, 0.005);
    }

    [Theory]
    [InlineData(1, 36)]
    [InlineData(300, 6)]
    public void The_diagonal_size_stays_between_6_and_36_points(int letters, double size)
    {
        var line = new string('W', letters);

        Stamp(Page("[0 0 612 792]"), [line]).First(r => r.Text == line).Size.ShouldBe(size);
    }

    [Theory]
    [InlineData("[0 0 300 800]", null, null, 300)]
    [InlineData("[0 0 300 800]", 0, null, 300)]
    [InlineData("[0 0 300 800]", 180, null, 300)]
    [InlineData("[0 0 300 800]", 90, null, 800)] // turned: the page is read 800 wide
    [InlineData("[0 0 300 800]", 270, null, 800)]
    [InlineData("[0 0 300 800]", -90, null, 800)]
    [InlineData("[0 0 300 800]", 450, null, 800)]
    [InlineData("[0 0 800 300]", null, "[0 0 250 300]", 250)]
    [InlineData("[0 0 800 300]", 90, "[0 0 250 300]", 300)]
    public void The_footer_fits_the_width_the_page_is_read_at(string media, int? rotate, string? crop, double readWidth)
    {
        var footer = $"{Line} · {Second}";
        var atFull = Width(footer, 7.5);
        atFull.ShouldBeInRange(300 - Margins, 800 - Margins); // too wide for the narrow reading, not for the wide one

        var size = Stamp(Page(media, crop, rotate), [Line, Second])[^1].Size;

        if (atFull <= readWidth - Margins)
        {
            size.ShouldBe(7.5);
        }
        else
        {
            Width(footer, size).ShouldBe(readWidth - Margins, 0.5);
        }
    }

    [Fact]
    public void On_a_sliver_of_a_page_the_footer_shrinks_no_smaller_than_3_points()
    {
        Stamp(Page("[0 0 60 800]"), [Line])[^1].Size.ShouldBe(3);
    }

    [Fact]
    public void The_lines_must_be_given_and_none_may_be_blank()
    {
        var pdf = PdfWatermarkTests.Pdf(1);

        Should.Throw<ArgumentException>(() => PdfWatermark.Stamp(new MemoryStream(pdf), new MemoryStream(), [])).ParamName.ShouldBe("lines");
        Should.Throw<ArgumentException>(() => PdfWatermark.Stamp(new MemoryStream(pdf), new MemoryStream(), [Line, " "])).ParamName.ShouldBe("lines");
        Should.Throw<ArgumentNullException>(() => PdfWatermark.Stamp(null!, new MemoryStream(), [Line])).ParamName.ShouldBe("pdf");
        Should.Throw<ArgumentNullException>(() => PdfWatermark.Stamp(new MemoryStream(pdf), null!, [Line])).ParamName.ShouldBe("output");
    }

    [Fact]
    public void The_document_is_read_from_where_the_stream_stands_whatever_the_stream()
    {
        var pdf = PdfWatermarkTests.Pdf(2);
        var afterJunk = new MemoryStream([.. "junk before the document"u8, .. pdf]) { Position = 24 };
        var notInMemory = new BufferedStream(new MemoryStream(pdf));

        Stamp(afterJunk, [Line]).Count.ShouldBe(2);
        Stamp(notInMemory, [Line]).Count.ShouldBe(2);
    }

    [Fact]
    public void A_document_without_pages_or_with_a_password_says_so()
    {
        var empty = PdfWatermarkTests.Classic("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>");
        var locked = PdfWatermarkTests.Pdf(1, d => d.SecuritySettings.UserPassword = "open sesame");

        Should.Throw<UnreadablePdfException>(() => PdfWatermark.Stamp(new MemoryStream(empty), new MemoryStream(), [Line])).Message.ShouldBe("The PDF has no pages.");
        Should.Throw<UnreadablePdfException>(() => PdfWatermark.Stamp(new MemoryStream(locked), new MemoryStream(), [Line]))
            .Message.ShouldBe("The PDF is protected by a password.");
    }

    private static byte[] Page(string media, string? crop = null, int? rotate = null) => PdfWatermarkTests.Classic(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox {media}{(crop is null ? "" : $" /CropBox {crop}")}{(rotate is null ? "" : $" /Rotate {rotate}")} /Resources << >> >>");

    private static List<List<(string Text, double Size)>> Stamp(Stream pdf, IReadOnlyList<string> lines)
    {
        using var stamped = new MemoryStream();
        PdfWatermark.Stamp(pdf, stamped, lines);
        using var document = PdfReader.Open(new MemoryStream(stamped.ToArray()), PdfDocumentOpenMode.Import);
        return document.Pages.Cast<PdfPage>().Select(page =>
        {
            var runs = new List<(string, double)>();
            Collect(ContentReader.ReadContent(page), runs, 0);
            return runs;
        }).ToList();
    }

    private static List<(string Text, double Size)> Stamp(byte[] pdf, IReadOnlyList<string> lines) => Stamp(new MemoryStream(pdf), lines).Single();

    /// <summary>The strings shown, each with the font size set last before it (Tf).</summary>
    private static double Collect(CSequence sequence, List<(string, double)> runs, double size)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op)
            {
                if (op.Name == "Tf" && op.Operands.Count == 2)
                {
                    size = op.Operands[1] switch
                    {
                        CReal real => real.Value,
                        CInteger integer => integer.Value,
                        _ => size,
                    };
                }
                else if (op.Name is "Tj" or "TJ" or "'" or "\"")
                {
                    runs.AddRange(Strings(op.Operands).Select(s => (s, Math.Round(size, 3))));
                }
            }
            else if (item is CSequence nested)
            {
                size = Collect(nested, runs, size);
            }
        }

        return size;
    }

    private static IEnumerable<string> Strings(CSequence operands) =>
        operands.SelectMany(o => o switch
        {
            CString text => [text.Value],
            CArray array => [string.Concat(array.OfType<CString>().Select(s => s.Value))],
            _ => Array.Empty<string>(),
        });

    private static double Width(string text, double size)
    {
        var gfx = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        return gfx.MeasureString(text, WatermarkFont.Of(size)).Width;
    }
}
