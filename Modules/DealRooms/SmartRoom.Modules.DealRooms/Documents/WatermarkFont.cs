using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace SmartRoom.Modules.DealRooms.Documents;

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
