using System.IO.Compression;
using System.Text;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class ZipLimitsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(70_000)] // past 65,535: the Zip64 end record carries the count
    public async Task The_declared_entry_count_is_read_from_the_end_record(int entries)
    {
        using var zip = Zip(entries, comment: entries == 3 ? new string('c', 1000) : null);

        (await ZipLimits.DeclaredEntryCountAsync(zip, CancellationToken.None)).ShouldBe(entries);
    }

    [Fact]
    public async Task Something_that_is_not_a_zip_declares_nothing()
    {
        using var text = new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 5000)));

        (await ZipLimits.DeclaredEntryCountAsync(text, CancellationToken.None)).ShouldBeNull();
        (await ZipLimits.DeclaredEntryCountAsync(new MemoryStream([1, 2, 3]), CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task The_guard_stops_an_entry_that_expands_too_far()
    {
        var budget = new ZipBudget(long.MaxValue);
        await using var guard = new ZipEntryGuard(new MemoryStream(new byte[3 * 1024 * 1024]), "zeros.bin", compressedLength: 10_000,
            declaredLength: 3 * 1024 * 1024, budget);

        var refused = await Should.ThrowAsync<ZipRefusedException>(() => guard.CopyToAsync(Stream.Null));

        refused.Error.Code.ShouldBe("zip-bomb");
    }

    [Fact]
    public async Task Small_entries_may_compress_well_and_the_budget_is_shared()
    {
        var budget = new ZipBudget(1_500_000);
        await using (var first = new ZipEntryGuard(new MemoryStream(new byte[1_000_000]), "a", compressedLength: 1_000, declaredLength: 1_000_000, budget))
        {
            await first.CopyToAsync(Stream.Null); // 1000:1, but under the 1 MiB threshold
        }

        await using var second = new ZipEntryGuard(new MemoryStream(new byte[1_000_000]), "b", compressedLength: 1_000_000, declaredLength: 1_000_000, budget);
        var refused = await Should.ThrowAsync<ZipRefusedException>(() => second.CopyToAsync(Stream.Null));

        refused.Error.Code.ShouldBe("zip-too-large");
        budget.Used.ShouldBeGreaterThan(1_500_000);
    }

    [Fact]
    public async Task An_entry_longer_than_it_declares_is_refused()
    {
        await using var guard = new ZipEntryGuard(new MemoryStream(new byte[100]), "liar.txt", compressedLength: 100, declaredLength: 10, new ZipBudget(long.MaxValue));

        var refused = await Should.ThrowAsync<ZipRefusedException>(() => guard.CopyToAsync(Stream.Null));

        refused.Error.Code.ShouldBe("zip-invalid");
    }

    private static MemoryStream Zip(int entries, string? comment)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < entries; i++)
            {
                zip.CreateEntry($"d{i}/");
            }

            if (comment is not null)
            {
                zip.Comment = comment;
            }
        }

        stream.Position = 0;
        return stream;
    }
}

public sealed class AsyncOnlyWriteStreamTests
{
    [Fact]
    public async Task A_zip_written_through_it_never_writes_synchronously_and_holds_only_headers()
    {
        var target = new AsyncOnlyTarget();
        var data = System.Security.Cryptography.RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        await using (var sink = new AsyncOnlyWriteStream(target))
        {
            await using (var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null))
            {
                zip.CreateEntry("folder/");
                zip.CreateEntry("folder/empty/");
                foreach (var (name, level) in new[] { ("folder/a.bin", CompressionLevel.Fastest), ("folder/b.bin", CompressionLevel.NoCompression) })
                {
                    await using var entry = await zip.CreateEntry(name, level).OpenAsync();
                    await entry.WriteAsync(data);
                    await entry.FlushAsync();
                }

                zip.CreateEntry("last/");
            }

            await sink.FlushAsync();
            sink.LargestPending.ShouldBeLessThan(4096);
        }

        target.Position = 0;
        using var read = new ZipArchive(target, ZipArchiveMode.Read);
        read.Entries.Select(e => e.FullName).ShouldBe(["folder/", "folder/empty/", "folder/a.bin", "folder/b.bin", "last/"]);
        await using var b = read.GetEntry("folder/b.bin")!.Open();
        using var copy = new MemoryStream();
        await b.CopyToAsync(copy);
        copy.ToArray().ShouldBe(data);
    }

    /// <summary>Like a response body: synchronous writes are refused.</summary>
    private sealed class AsyncOnlyTarget : MemoryStream
    {
        private bool _inAsyncWrite;

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (!_inAsyncWrite)
            {
                throw new InvalidOperationException("Synchronous write.");
            }

            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _inAsyncWrite = true;
            try
            {
                Write(buffer.ToArray(), 0, buffer.Length);
            }
            finally
            {
                _inAsyncWrite = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
