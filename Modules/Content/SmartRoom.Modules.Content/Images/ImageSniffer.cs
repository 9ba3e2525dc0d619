using System.Buffers.Binary;

namespace SmartRoom.Modules.Content.Images;

/// <summary>
/// Tells PNG, JPEG, WebP (and PDF, for written consents) apart by their signatures, and reads an image's width and
/// height from its header (PNG's IHDR, JPEG's start-of-frame, WebP's VP8/VP8L/VP8X chunk) without decoding anything.
/// </summary>
internal static class ImageSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static SniffedFile Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return Png(bytes);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return Jpeg(bytes);
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(bytes);
        }

        return bytes.StartsWith("%PDF-"u8) ? new SniffedFile(SniffedFile.Pdf, 0, 0) : new SniffedFile(null, 0, 0);
    }

    private static SniffedFile Png(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 24 && bytes[12..16].SequenceEqual("IHDR"u8)
            ? new SniffedFile(SniffedFile.Png, Dimension(BinaryPrimitives.ReadUInt32BigEndian(bytes[16..])), Dimension(BinaryPrimitives.ReadUInt32BigEndian(bytes[20..])))
            : new SniffedFile(SniffedFile.Png, 0, 0);

    private static SniffedFile Jpeg(ReadOnlySpan<byte> bytes)
    {
        var i = 2;
        while (i + 4 <= bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                break;
            }

            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0x01 or >= 0xD0 and <= 0xD7)
            {
                i += 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return i + 9 <= bytes.Length && length >= 7
                    ? new SniffedFile(SniffedFile.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]))
                    : new SniffedFile(SniffedFile.Jpeg, 0, 0);
            }

            if (length < 2)
            {
                break;
            }

            i += 2 + length;
        }

        return new SniffedFile(SniffedFile.Jpeg, 0, 0);
    }

    private static SniffedFile WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30)
        {
            return new SniffedFile(SniffedFile.WebP, 0, 0);
        }

        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8 "u8) && bytes[23] == 0x9D && bytes[24] == 0x01 && bytes[25] == 0x2A)
        {
            return new SniffedFile(SniffedFile.WebP, BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return new SniffedFile(SniffedFile.WebP, (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            return new SniffedFile(SniffedFile.WebP, Read24(bytes[24..]) + 1, Read24(bytes[27..]) + 1);
        }

        return new SniffedFile(SniffedFile.WebP, 0, 0);
    }

    private static int Read24(ReadOnlySpan<byte> b) => b[0] | (b[1] << 8) | (b[2] << 16);

    private static int Dimension(uint value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
