using System.Buffers.Binary;
using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Xmp;
using SkiaSharp;

namespace SmartRoom.TestSupport;

/// <summary>
/// Real PNG, JPEG and WebP images made in the test (SkiaSharp), and the same images carrying the metadata a phone or
/// an editor leaves in them, inserted by hand at the container level: an EXIF block with the camera's make and a GPS
/// position (JPEG APP1, PNG eXIf, WebP EXIF), XMP, a JPEG comment, a PNG text chunk. <see cref="Leaks"/> reads an image
/// with MetadataExtractor and names what of it is still there. Compiled into Content's unit and integration tests.
/// </summary>
public static class TestImages
{
    public const string Camera = "SpyCam";
    public const string Secret = "secret-note";

    public static byte[] Png(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Png, width, height);

    public static byte[] Jpeg(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Jpeg, width, height);

    public static byte[] WebP(int width = 64, int height = 48) => Encode(SKEncodedImageFormat.Webp, width, height);

    /// <summary>A JPEG with EXIF (make, GPS), XMP and a comment right after its start-of-image marker.</summary>
    public static byte[] JpegWithMetadata(int width = 64, int height = 48)
    {
        var jpeg = Jpeg(width, height);
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff()]);
        var xmp = Segment(0xE1, [.. Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0"), .. Xmp()]);
        var comment = Segment(0xFE, Encoding.ASCII.GetBytes(Secret));
        return [.. jpeg[..2], .. exif, .. xmp, .. comment, .. jpeg[2..]];
    }

    /// <summary>A PNG with an eXIf chunk (make, GPS) and a tEXt comment after its header.</summary>
    public static byte[] PngWithMetadata(int width = 64, int height = 48)
    {
        var png = Png(width, height);
        const int afterHeader = 8 + 25;
        return [.. png[..afterHeader], .. Chunk("eXIf", Tiff()), .. Chunk("tEXt", [.. "Comment\0"u8, .. Encoding.ASCII.GetBytes(Secret)]), .. png[afterHeader..]];
    }

    /// <summary>A WebP turned into the extended format (VP8X) with EXIF (make, GPS) and XMP chunks.</summary>
    public static byte[] WebPWithMetadata(int width = 64, int height = 48)
    {
        var webp = WebP(width, height);
        var image = webp[12..];
        var header = new byte[10];
        header[0] = 0x08 | 0x04;
        WriteUInt24(header.AsSpan(4), width - 1);
        WriteUInt24(header.AsSpan(7), height - 1);
        byte[] body = [.. "WEBP"u8, .. RiffChunk("VP8X", header), .. image, .. RiffChunk("EXIF", Tiff()), .. RiffChunk("XMP ", Xmp())];
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Length);
        return [.. "RIFF"u8, .. size, .. body];
    }

    /// <summary>Only the first bytes of a PNG: a header saying <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", new byte[64]), .. Chunk("IEND", [])];
    }

    public static byte[] Gif => [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B];

    public static byte[] Svg => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>");

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>What metadata <paramref name="image"/> still carries: EXIF, GPS, XMP, comments, the camera's make, the secret note.</summary>
    public static IReadOnlyList<string> Leaks(byte[] image)
    {
        using var stream = new MemoryStream(image);
        var directories = ImageMetadataReader.ReadMetadata(stream);
        var leaks = new List<string>();
        if (directories.OfType<ExifIfd0Directory>().Any() || directories.OfType<ExifSubIfdDirectory>().Any())
        {
            leaks.Add("EXIF");
        }

        if (directories.OfType<GpsDirectory>().Any())
        {
            leaks.Add("GPS");
        }

        if (directories.OfType<XmpDirectory>().Any())
        {
            leaks.Add("XMP");
        }

        if (directories.OfType<JpegCommentDirectory>().Any())
        {
            leaks.Add("comment");
        }

        var text = string.Join("\n", directories.SelectMany(d => d.Tags).Select(t => t.Description ?? ""));
        if (text.Contains(Camera, StringComparison.Ordinal))
        {
            leaks.Add("camera make");
        }

        if (text.Contains(Secret, StringComparison.Ordinal))
        {
            leaks.Add("text");
        }

        return leaks;
    }

    private static byte[] Encode(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), 128));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A little-endian TIFF block: IFD0 with Make and a GPS IFD pointer; the GPS IFD with latitude N 52° 22'.</summary>
    private static byte[] Tiff()
    {
        var t = new byte[100];
        "II"u8.CopyTo(t);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(8), 2);
        Entry(t, 10, 0x010F, 2, 7, 38);
        Entry(t, 22, 0x8825, 4, 1, 46);
        Encoding.ASCII.GetBytes(Camera + "\0").CopyTo(t, 38);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(46), 2);
        Entry(t, 48, 0x0001, 2, 2, 0);
        t[56] = (byte)'N';
        Entry(t, 60, 0x0002, 5, 3, 76);
        uint[] rationals = [52, 1, 22, 1, 0, 1];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(76 + (4 * i)), rationals[i]);
        }

        return t;
    }

    private static void Entry(byte[] t, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(t.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32LittleEndian(t.AsSpan(at + 8), value);
    }

    private static byte[] Xmp() => Encoding.UTF8.GetBytes(
        "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + $"<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"{Secret}\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>");

    private static byte[] Segment(byte marker, byte[] data)
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(data.Length + 2));
        return [0xFF, marker, .. length, .. data];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        return [.. length, .. typed, .. crc];
    }

    private static byte[] RiffChunk(string type, byte[] data)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        return data.Length % 2 == 0
            ? [.. Encoding.ASCII.GetBytes(type), .. size, .. data]
            : [.. Encoding.ASCII.GetBytes(type), .. size, .. data, 0];
    }

    private static void WriteUInt24(Span<byte> span, int value)
    {
        span[0] = (byte)value;
        span[1] = (byte)(value >> 8);
        span[2] = (byte)(value >> 16);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
