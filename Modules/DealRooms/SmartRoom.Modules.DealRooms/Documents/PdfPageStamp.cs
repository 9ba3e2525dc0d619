using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Draws the watermark on one page: the lines faintly across the diagonal, and once more as a small footer
/// line, appended over the page's content in its own saved graphics state, placed in the crop box and
/// upright after the page's /Rotate.
/// </summary>
internal static class PdfPageStamp
{
    private const double FooterSize = 7.5;
    private const double Margin = 18;

    private static readonly XSolidBrush DiagonalBrush = new(XColor.FromArgb(48, 110, 110, 110));
    private static readonly XSolidBrush FooterBrush = new(XColor.FromArgb(170, 70, 70, 70));

    public static void Draw(PdfPage page, IReadOnlyList<string> lines)
    {
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        var (width, height) = ToDisplaySpace(gfx, page);

        // Across the diagonal, sized to span about two thirds of it.
        var diagonal = Math.Sqrt((width * width) + (height * height));
        var widest = lines.Max(l => gfx.MeasureString(l, WatermarkFont.Of(10)).Width);
        var size = Math.Clamp(10 * diagonal * 0.66 / widest, 6, 36);
        var font = WatermarkFont.Of(size);
        var lineHeight = size * 1.35;
        var state = gfx.Save();
        gfx.RotateAtTransform(-Math.Atan2(height, width) * 180 / Math.PI, new XPoint(width / 2, height / 2));
        var top = (height / 2) - (lineHeight * (lines.Count - 1) / 2);
        for (var i = 0; i < lines.Count; i++)
        {
            gfx.DrawString(lines[i], font, DiagonalBrush, new XPoint(width / 2, top + (i * lineHeight)), XStringFormats.Center);
        }

        gfx.Restore(state);

        // A footer line, shrunk to fit narrow pages.
        var footer = string.Join(" · ", lines);
        var footerSize = FooterSize;
        var room = width - (2 * Margin);
        var measured = gfx.MeasureString(footer, WatermarkFont.Of(footerSize)).Width;
        if (measured > room)
        {
            footerSize = Math.Max(3, footerSize * room / measured);
        }

        gfx.DrawString(footer, WatermarkFont.Of(footerSize), FooterBrush, new XPoint(width / 2, height - (Margin / 2) - footerSize), XStringFormats.Center);
    }

    /// <summary>
    /// Makes (0, 0) the top left corner of the page as a reader sees it — inside the crop box, after the
    /// page's /Rotate — and answers that area's size. PDFsharp itself draws on the unrotated media box.
    /// </summary>
    private static (double Width, double Height) ToDisplaySpace(XGraphics gfx, PdfPage page)
    {
        var media = Normalize(page.MediaBox);
        var visible = media;
        if (page.HasCropBox)
        {
            var crop = Normalize(page.CropBoxReadOnly);
            var (x1, y1, x2, y2) = (Math.Max(crop.X1, media.X1), Math.Max(crop.Y1, media.Y1), Math.Min(crop.X2, media.X2), Math.Min(crop.Y2, media.Y2));
            if (x2 - x1 > 1 && y2 - y1 > 1)
            {
                visible = (x1, y1, x2, y2);
            }
        }

        var (a, b, c, d) = visible;

        // Display point (u, v), v downwards, in PDF user space: X = xu·u + xv·v + x0, Y = yu·u + yv·v + y0.
        var (xu, xv, x0, yu, yv, y0, width, height) = (((page.Rotate % 360) + 360) % 360) switch
        {
            90 => (0d, 1d, a, 1d, 0d, b, d - b, c - a),
            180 => (-1d, 0d, c, 0d, 1d, b, c - a, d - b),
            270 => (0d, -1d, c, -1d, 0d, d, d - b, c - a),
            _ => (1d, 0d, a, 0d, -1d, d, c - a, d - b),
        };

        // PDFsharp's page space: x = X, y = page height − Y.
        var pageHeight = gfx.PageSize.Height;
        gfx.MultiplyTransform(new XMatrix(xu, -yu, xv, -yv, x0, pageHeight - y0));
        return (width, height);
    }

    private static (double X1, double Y1, double X2, double Y2) Normalize(PdfRectangle box) =>
        (Math.Min(box.X1, box.X2), Math.Min(box.Y1, box.Y2), Math.Max(box.X1, box.X2), Math.Max(box.Y1, box.Y2));
}
