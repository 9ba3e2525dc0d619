using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>Real PDFs made in the test, each page with a line of its own.</summary>
public static class TestPdfs
{
    public static byte[] Pages(int pages, string text = "Share purchase agreement")
    {
        WatermarkFont.Register();
        using var document = new PdfDocument();
        for (var i = 1; i <= pages; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.AddPage());
            gfx.DrawString($"{text}, page {i}", WatermarkFont.Of(12), XBrushes.Black, 40, 60);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
