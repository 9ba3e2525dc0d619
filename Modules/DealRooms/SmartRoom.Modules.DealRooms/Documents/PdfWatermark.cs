using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>The PDF cannot be stamped: protected by a password, damaged, or not a PDF after all.</summary>
internal sealed class UnreadablePdfException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Stamps every page of a PDF with who is looking at it: the lines drawn faintly across the page's
/// diagonal, and once more as a small footer line. Drawn over the page's content (appended, in its own
/// saved graphics state), semi-transparent, so the page stays readable. PDFsharp reads the whole
/// document into memory: callers bound the size.
/// </summary>
internal static class PdfWatermark
{
    private const double FooterSize = 7.5;
    private const double Margin = 18;

    private static readonly XSolidBrush DiagonalBrush = new(XColor.FromArgb(48, 110, 110, 110));
    private static readonly XSolidBrush FooterBrush = new(XColor.FromArgb(170, 70, 70, 70));

    /// <summary>Writes <paramref name="pdf"/> (seekable) stamped with <paramref name="lines"/> to <paramref name="output"/>; answers the page count.</summary>
    /// <exception cref="UnreadablePdfException">The document cannot be opened or changed.</exception>
    public static int Stamp(Stream pdf, Stream output, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(output);
        if (lines.Count == 0 || lines.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A watermark needs at least one line, none of them blank.", nameof(lines));
        }

        WatermarkFont.Register();
        using var document = Open(pdf);
        var pages = document.PageCount;
        try
        {
            foreach (var page in document.Pages)
            {
                StampPage(page, lines);
            }

            document.Save(output, closeStream: false);
        }
#pragma warning disable CA1031 // Whatever a damaged document makes the library throw, the answer is "unreadable", not a server error.
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or UnreadablePdfException))
#pragma warning restore CA1031
        {
            throw new UnreadablePdfException("The PDF could not be stamped.", ex);
        }

        return pages;
    }

    private static PdfDocument Open(Stream pdf)
    {
        PdfDocument? document;
        try
        {
            // A password-protected document is refused rather than guessed at.
            document = PdfReader.Open(pdf, PdfDocumentOpenMode.Modify, args => args.Abort = true);
        }
#pragma warning disable CA1031 // The parser's failures are the document's, not ours.
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
#pragma warning restore CA1031
        {
            throw new UnreadablePdfException("The PDF could not be read.", ex);
        }

        if (document is null)
        {
            throw new UnreadablePdfException("The PDF is protected by a password.");
        }

        if (document.PageCount == 0)
        {
            document.Dispose();
            throw new UnreadablePdfException("The PDF has no pages.");
        }

        return document;
    }

    private static void StampPage(PdfPage page, IReadOnlyList<string> lines)
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

/// <summary>
/// The watermark's one typeface, DejaVu Sans, embedded in this assembly (see <c>Fonts/DejaVuSans-LICENSE.txt</c>):
/// PDFsharp's core build finds no fonts of its own on Linux, and a server must not depend on the
/// machine's. PDFsharp's font resolver is process-wide and settable only before first use.
/// </summary>
internal sealed class WatermarkFont : IFontResolver
{
    public const string Family = "SmartRoom Watermark";

    private const string Face = "DejaVuSans";
    private const string Resource = "SmartRoom.Modules.DealRooms.Fonts.DejaVuSans.ttf";

    private static readonly Lock Gate = new();
    private static readonly WatermarkFont Instance = new();
    private static readonly Lazy<byte[]> Bytes = new(Load);
    private static readonly XPdfFontOptions Options = new(PdfSharp.Pdf.PdfFontEncoding.Automatic);

    private WatermarkFont()
    {
    }

    /// <summary>Makes the typeface known to PDFsharp (idempotent). Another resolver set first keeps its place.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (GlobalFontSettings.FontResolver != Instance && GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = Instance;
            }
        }
    }

    public static XFont Of(double size) => new(Family, size, XFontStyleEx.Regular, Options);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(Face, mustSimulateBold: bold, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => faceName == Face ? Bytes.Value : null;

    private static byte[] Load()
    {
        using var stream = typeof(WatermarkFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded font {Resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
