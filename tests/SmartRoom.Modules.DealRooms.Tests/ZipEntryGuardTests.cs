using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>The exact edges of the zip bomb limits, counted on decompressed bytes.</summary>
public sealed class ZipEntryGuardTests
{
    private const long Threshold = ZipLimits.RatioThreshold;

    [Fact]
    public void The_budget_may_be_used_up_exactly_but_not_passed()
    {
        var budget = new ZipBudget(100);
        budget.Take(60);
        budget.Take(40);
        budget.Used.ShouldBe(100);

        var refused = Should.Throw<ZipRefusedException>(() => budget.Take(1));

        refused.Error.Code.ShouldBe("zip-too-large");
        refused.Error.Detail.ShouldContain("more than 100 bytes");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Up_to_the_threshold_any_ratio_is_allowed_and_one_byte_more_is_a_bomb(long compressedLength)
    {
        await Read(Threshold, compressedLength); // 1 MiB from (at most) one compressed byte

        var refused = await Should.ThrowAsync<ZipRefusedException>(() => Read(Threshold + 1, compressedLength, "bomb.bin"));

        refused.Error.Code.ShouldBe("zip-bomb");
        refused.Error.Detail.ShouldContain("'bomb.bin'");
        refused.Error.Detail.ShouldContain($"more than {ZipLimits.MaxRatio} times");
    }

    [Fact]
    public async Task Past_the_threshold_an_entry_may_expand_exactly_the_maximum_ratio_and_no_more()
    {
        const long compressed = 10_000; // 200 × 10,000 = 2,000,000 bytes, past the 1 MiB threshold
        await Read(ZipLimits.MaxRatio * compressed, compressed);

        var refused = await Should.ThrowAsync<ZipRefusedException>(() => Read((ZipLimits.MaxRatio * compressed) + 1, compressed));

        refused.Error.Code.ShouldBe("zip-bomb");
    }

    [Fact]
    public async Task A_large_entry_that_compresses_modestly_passes()
    {
        await Read(2 * Threshold, Threshold);
    }

    [Fact]
    public async Task An_entry_may_be_exactly_as_long_as_it_declares()
    {
        var budget = new ZipBudget(long.MaxValue);
        await using (var exact = Guard(10, 10, 10, budget, "exact.txt"))
        {
            await exact.CopyToAsync(Stream.Null);
        }

        await using var longer = Guard(11, 11, 10, budget, "liar.txt");
        var refused = await Should.ThrowAsync<ZipRefusedException>(() => longer.CopyToAsync(Stream.Null));

        refused.Error.Code.ShouldBe("zip-invalid");
        refused.Error.Detail.ShouldContain("'liar.txt'");
        refused.Error.Detail.ShouldContain("more than the 10 bytes it declares");
    }

    [Fact]
    public void Synchronous_reads_are_counted_too()
    {
        using var guard = Guard(100, 100, 10, new ZipBudget(long.MaxValue), "sync.txt");

        Should.Throw<ZipRefusedException>(() => guard.CopyTo(Stream.Null)).Error.Code.ShouldBe("zip-invalid");
    }

    [Fact]
    public void The_guard_is_a_forward_only_read_stream()
    {
        using var guard = Guard(1, 1, 1, new ZipBudget(1), "a");

        (guard.CanRead, guard.CanSeek, guard.CanWrite).ShouldBe((true, false, false));
        Should.Throw<NotSupportedException>(() => guard.Write([1], 0, 1));
        Should.Throw<NotSupportedException>(() => guard.Seek(0, SeekOrigin.Begin));
        Should.Throw<NotSupportedException>(() => guard.Length);
    }

    [Fact]
    public void Disposing_the_guard_disposes_the_decompressor_it_reads()
    {
        var inner = new Recording(new byte[1]);
        new ZipEntryGuard(inner, "a", 1, 1, new ZipBudget(1)).Dispose();

        inner.Disposed.ShouldBeTrue();
    }

    [Fact]
    public async Task Disposing_the_guard_asynchronously_disposes_the_decompressor_asynchronously()
    {
        var inner = new Recording(new byte[1]);
        await new ZipEntryGuard(inner, "a", 1, 1, new ZipBudget(1)).DisposeAsync();

        inner.DisposedAsync.ShouldBeTrue();
    }

    private static async Task Read(long length, long compressedLength, string name = "entry.bin")
    {
        await using var guard = Guard(length, compressedLength, length, new ZipBudget(long.MaxValue), name);
        await guard.CopyToAsync(Stream.Null);
    }

    private static ZipEntryGuard Guard(long length, long compressedLength, long declaredLength, ZipBudget budget, string name) =>
        new(new MemoryStream(new byte[length]), name, compressedLength, declaredLength, budget);

    private sealed class Recording(byte[] content) : MemoryStream(content)
    {
        public bool Disposed { get; private set; }

        public bool DisposedAsync { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed |= disposing;
            base.Dispose(disposing);
        }

        public override ValueTask DisposeAsync()
        {
            DisposedAsync = true;
            return base.DisposeAsync();
        }
    }
}
