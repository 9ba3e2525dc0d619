using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.TestSupport;

/// <summary>
/// Real PDFs made in the test, each page with a line of its own, and the text read back out of a PDF.
/// Compiled into the unit and the integration tests of the data rooms.
/// </summary>
public static class TestPdfs
{
    public static byte[] Pages(int pages, string text = "Share purchase agreement", Action<PdfDocument>? configure = null)
    {
        WatermarkFont.Register();
        using var document = new PdfDocument();
        for (var i = 1; i <= pages; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.AddPage());
            gfx.DrawString($"{text}, page {i}", WatermarkFont.Of(12), XBrushes.Black, 40, 60);
        }

        configure?.Invoke(document);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Each page's text-showing strings, joined (content streams decompressed and parsed by PDFsharp).</summary>
    public static List<string> Texts(byte[] pdf)
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
