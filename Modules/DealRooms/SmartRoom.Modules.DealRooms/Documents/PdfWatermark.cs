using System.Runtime.ExceptionServices;
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

    /// <summary>Stack for the thread that runs PDFsharp: generous, so that the nesting it is allowed cannot come near its end.</summary>
    private const int StackSize = 16 * 1024 * 1024;

    /// <summary>Writes <paramref name="pdf"/> (seekable) stamped with <paramref name="lines"/> to <paramref name="output"/>; answers the page count.</summary>
    /// <exception cref="UnreadablePdfException">
    /// The document cannot be opened or changed — including one built to crash the parser (nesting too deep,
    /// a page tree that loops): whatever the library throws is this, and what it could not survive is refused before it runs.
    /// </exception>
    public static int Stamp(Stream pdf, Stream output, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(output);
        if (lines.Count == 0 || lines.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A watermark needs at least one line, none of them blank.", nameof(lines));
        }

        WatermarkFont.Register();
        var bytes = Contents(pdf);
        return OnOwnStack(() => StampChecked(bytes, output, lines));
    }

    private static int StampChecked(ArraySegment<byte> pdf, Stream output, IReadOnlyList<string> lines)
    {
        PdfStructureGuard.CheckNesting(pdf);
        using (var imported = Open(pdf, PdfDocumentOpenMode.Import))
        {
            // Import does not flatten the page tree; Modify does, recursively: a loop there would never return.
            Guarded(() => PdfStructureGuard.CheckPageTree(imported), "The PDF could not be read.");
        }

        using var document = Open(pdf, PdfDocumentOpenMode.Modify);
        return Guarded(() =>
        {
            var pages = document.PageCount;
            foreach (var page in document.Pages)
            {
                StampPage(page, lines);
            }

            document.Save(output, closeStream: false);
            return pages;
        }, "The PDF could not be stamped.");
    }

    /// <summary>The document's bytes without copying them when they are in memory already (the stamper's case).</summary>
    private static ArraySegment<byte> Contents(Stream pdf)
    {
        if (pdf is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer[(int)memory.Position..];
        }

        var copy = new MemoryStream();
        pdf.CopyTo(copy);
        return new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }

    /// <summary>
    /// Runs PDFsharp on a thread of its own with a known, generous stack (a pool thread's is small, and an
    /// overflow cannot be caught: it ends the process); its exceptions come back to the caller.
    /// </summary>
    private static T OnOwnStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // Handed back to the calling thread below.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        }, StackSize) { IsBackground = true, Name = "PDF stamping" };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private static void Guarded(Action action, string message) => Guarded(() => { action(); return 0; }, message);

    private static T Guarded<T>(Func<T> action, string message)
    {
        try
        {
            return action();
        }
        catch (UnreadablePdfException)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever a damaged document makes the library throw (even an absurd allocation), the answer is "unreadable", not a server error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new UnreadablePdfException(message, ex);
        }
    }

    private static PdfDocument Open(ArraySegment<byte> pdf, PdfDocumentOpenMode mode)
    {
        // A password-protected document is refused rather than guessed at.
        var document = Guarded(() => PdfReader.Open(new MemoryStream(pdf.Array!, pdf.Offset, pdf.Count, writable: false), mode, args => args.Abort = true),
            "The PDF could not be read.");
        if (document is null)
        {
            throw new UnreadablePdfException("The PDF is protected by a password.");
        }

        if (Guarded(() => mode == PdfDocumentOpenMode.Import ? 1 : document.PageCount, "The PDF could not be read.") == 0)
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
