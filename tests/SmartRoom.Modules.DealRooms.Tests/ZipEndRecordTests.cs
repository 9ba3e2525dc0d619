using System.Buffers.Binary;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>
/// The declared entry count read from hand-made end records: which record is trusted, and when the
/// Zip64 record is ignored because its locator or its own signature is missing or it cannot fit.
/// </summary>
public sealed class ZipEndRecordTests
{
    [Theory]
    [InlineData(2, 7)]
    [InlineData(7, 2)]
    public async Task The_larger_of_the_two_classic_counts_is_declared(int onThisDisk, int total)
    {
        (await Declared(EndRecord(onThisDisk, total))).ShouldBe(7);
    }

    [Fact]
    public async Task A_locator_at_the_very_start_of_the_file_is_read()
    {
        // locator at 0, end record at 20, Zip64 record at 42: the last offset where its 56 bytes still fit.
        var zip = Concat(Locator(42), EndRecord(0xFFFF, 0xFFFF), Zip64Record(onThisDisk: 5, total: 70_000));

        (await Declared(zip)).ShouldBe(70_000);
    }

    [Fact]
    public async Task The_larger_of_the_two_zip64_counts_is_declared()
    {
        var zip = Concat(Locator(42), EndRecord(0xFFFF, 0xFFFF), Zip64Record(onThisDisk: 90_000, total: 70_000));

        (await Declared(zip)).ShouldBe(90_000);
    }

    [Fact]
    public async Task A_classic_count_larger_than_the_zip64_counts_wins()
    {
        var zip = Concat(Locator(42), EndRecord(9, 9), Zip64Record(onThisDisk: 1, total: 1));

        (await Declared(zip)).ShouldBe(9);
    }

    [Fact]
    public async Task An_absurd_zip64_count_is_capped_instead_of_turning_negative()
    {
        var zip = Concat(Locator(42), EndRecord(0xFFFF, 0xFFFF), Zip64Record(onThisDisk: 1, total: ulong.MaxValue));

        (await Declared(zip)).ShouldBe(long.MaxValue);
    }

    [Theory]
    [InlineData(43UL)] // one byte too late: the record would run past the end
    [InlineData(97UL)]
    [InlineData(ulong.MaxValue)]
    public async Task A_zip64_record_that_cannot_fit_in_the_file_is_ignored(ulong at)
    {
        var zip = Concat(Locator(at), EndRecord(0xFFFF, 0xFFFF), Zip64Record(onThisDisk: 70_000, total: 70_000));

        (await Declared(zip)).ShouldBe(0xFFFF);
    }

    [Fact]
    public async Task Without_the_locator_signature_the_zip64_record_is_ignored()
    {
        var notALocator = Locator(42);
        notALocator[0] ^= 0xFF;
        var zip = Concat(notALocator, EndRecord(0xFFFF, 0xFFFF), Zip64Record(onThisDisk: 70_000, total: 70_000));

        (await Declared(zip)).ShouldBe(0xFFFF);
    }

    [Fact]
    public async Task A_locator_pointing_at_something_that_is_not_a_zip64_record_is_ignored()
    {
        var notARecord = Zip64Record(onThisDisk: 70_000, total: 70_000);
        notARecord[0] ^= 0xFF;
        var zip = Concat(Locator(42), EndRecord(0xFFFF, 0xFFFF), notARecord);

        (await Declared(zip)).ShouldBe(0xFFFF);
    }

    [Fact]
    public async Task An_end_record_alone_declares_its_count()
    {
        (await Declared(EndRecord(3, 3))).ShouldBe(3);
        (await Declared(EndRecord(3, 3)[..21])).ShouldBeNull(); // one byte short of a record
    }

    private static async Task<long?> Declared(byte[] bytes)
    {
        using var zip = new MemoryStream(bytes);
        return await ZipLimits.DeclaredEntryCountAsync(zip, CancellationToken.None);
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] EndRecord(int onThisDisk, int total)
    {
        var record = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(record, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(8), (ushort)onThisDisk);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(10), (ushort)total);
        return record;
    }

    private static byte[] Locator(ulong zip64At)
    {
        var locator = new byte[20];
        BinaryPrimitives.WriteUInt32LittleEndian(locator, 0x07064b50);
        BinaryPrimitives.WriteUInt64LittleEndian(locator.AsSpan(8), zip64At);
        BinaryPrimitives.WriteUInt32LittleEndian(locator.AsSpan(16), 1);
        return locator;
    }

    private static byte[] Zip64Record(ulong onThisDisk, ulong total)
    {
        var record = new byte[56];
        BinaryPrimitives.WriteUInt32LittleEndian(record, 0x06064b50);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(4), 44);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(24), onThisDisk);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(32), total);
        return record;
    }
}
