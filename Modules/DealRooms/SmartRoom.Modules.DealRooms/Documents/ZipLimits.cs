using System.Buffers.Binary;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Defences against zip bombs that do not trust what a zip says about itself: the entry count is read
/// from the end-of-central-directory record before the central directory is loaded, and sizes and ratios
/// are counted on the bytes actually decompressed.
/// </summary>
internal static class ZipLimits
{
    /// <summary>Entries above this many decompressed bytes may not expand more than <see cref="MaxRatio"/> times.</summary>
    public const long RatioThreshold = 1024 * 1024;

    public const int MaxRatio = 200;

    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndOfCentralDirectorySignature = 0x06064b50;
    private const int EndOfCentralDirectorySize = 22;
    private const int Zip64LocatorSize = 20;

    public static Error TooLarge(string detail) => new(ErrorKind.PayloadTooLarge, "zip-too-large", detail);

    public static Error Bomb(string detail) => new(ErrorKind.Validation, "zip-bomb", detail);

    public static Error Invalid(string detail) => new(ErrorKind.Validation, "zip-invalid", detail);

    /// <summary>
    /// The number of entries the archive declares (the larger of the classic and the Zip64 count), found
    /// the way <see cref="System.IO.Compression.ZipArchive"/> finds it; null when there is no end record.
    /// The central directory reader stops as soon as it meets more entries than declared, so this bounds
    /// what loading the directory costs.
    /// </summary>
    public static async Task<long?> DeclaredEntryCountAsync(Stream zip, CancellationToken ct)
    {
        if (zip.Length < EndOfCentralDirectorySize)
        {
            return null;
        }

        var tailLength = (int)Math.Min(zip.Length, EndOfCentralDirectorySize + ushort.MaxValue);
        var tail = new byte[tailLength];
        zip.Seek(-tailLength, SeekOrigin.End);
        await zip.ReadExactlyAsync(tail, ct);
        for (var at = tailLength - EndOfCentralDirectorySize; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndOfCentralDirectorySignature)
            {
                continue;
            }

            long count = Math.Max(BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 8)), BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10)));
            var endRecord = zip.Length - tailLength + at;
            if (endRecord < Zip64LocatorSize)
            {
                return count;
            }

            var locator = new byte[Zip64LocatorSize];
            zip.Seek(endRecord - Zip64LocatorSize, SeekOrigin.Begin);
            await zip.ReadExactlyAsync(locator, ct);
            if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
            {
                return count;
            }

            var zip64At = BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8));
            if (zip64At > (ulong)(zip.Length - 56))
            {
                return count;
            }

            var zip64 = new byte[56];
            zip.Seek((long)zip64At, SeekOrigin.Begin);
            await zip.ReadExactlyAsync(zip64, ct);
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip64) != Zip64EndOfCentralDirectorySignature)
            {
                return count;
            }

            var onDisk = BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(24));
            var total = BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(32));
            return (long)Math.Min(Math.Max(Math.Max(onDisk, total), (ulong)count), long.MaxValue);
        }

        return null;
    }
}
