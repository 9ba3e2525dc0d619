using SkiaSharp;

namespace SmartRoom.Modules.Content.Images;

/// <summary>
/// Strips an image of everything but its pixels by decoding it and encoding the pixels again in the same format
/// (SkiaSharp): EXIF (with GPS), XMP, IPTC, comments and text chunks do not survive, because nothing of the original
/// file but the pixels reaches the new one. The EXIF orientation is applied to the pixels first, so a photo stands as
/// it was shown. Called only on bytes <see cref="ImageRules"/> accepted (type and header size checked).
/// </summary>
internal static class ImageCleaner
{
    private const int Quality = 90;

    public static Result<CleanImage> Clean(string field, byte[] bytes, SniffedFile sniffed)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width != sniffed.Width || codec.Info.Height != sniffed.Height)
        {
            return Unreadable(field);
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not SKCodecResult.Success)
        {
            return Unreadable(field);
        }

        using var oriented = Orient(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(oriented ?? decoded);
        var format = sniffed.ContentType switch
        {
            SniffedFile.Png => SKEncodedImageFormat.Png,
            SniffedFile.Jpeg => SKEncodedImageFormat.Jpeg,
            _ => SKEncodedImageFormat.Webp,
        };
        using var encoded = image.Encode(format, Quality);
        if (encoded is null)
        {
            return Unreadable(field);
        }

        return new CleanImage(sniffed.ContentType!, image.Width, image.Height, encoded.ToArray());
    }

    private static Error Unreadable(string field) =>
        new(ErrorKind.Validation, "unreadable-image", $"'{field}' cannot be read as the image its header says it is.",
            new Dictionary<string, string[]> { [field] = ["The image cannot be decoded."] });

    /// <summary>The pixels turned as the EXIF orientation says; null when they stand already.</summary>
    private static SKBitmap? Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        float w = source.Width, h = source.Height;
        var swap = origin >= SKEncodedOrigin.LeftTop;
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        };
        var turned = new SKBitmap(new SKImageInfo(swap ? source.Height : source.Width, swap ? source.Width : source.Height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(turned);
        canvas.SetMatrix(matrix);
        using var pixels = SKImage.FromBitmap(source);
        canvas.DrawImage(pixels, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return turned;
    }
}
