using System.Security.Cryptography;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>Buffers that held a document's plaintext are zeroed before they go back to the pool or to the garbage collector.</summary>
public sealed class PlaintextWipingTests
{
    private static readonly byte[] Secret = Enumerable.Repeat((byte)0x5A, (EncryptedBlobFormat.ChunkSize * 2) + 123).ToArray();

    [Fact]
    public async Task Encrypting_wipes_its_chunk_buffers_on_the_way_out()
    {
        var pool = new WatchingPool();
        var (key, prefix, header) = Keys();

        await EncryptedBlobFormat.EncryptAsync(new MemoryStream(Secret), new MemoryStream(), key, header, prefix, long.MaxValue, CancellationToken.None, pool);

        pool.Returned.Count.ShouldBe(3);
        pool.Returned.ShouldAllBe(wiped => wiped);
    }

    [Fact]
    public async Task Encrypting_wipes_its_chunk_buffers_when_it_fails_too()
    {
        var pool = new WatchingPool();
        var (key, prefix, header) = Keys();

        await Should.ThrowAsync<PayloadTooLargeException>(() =>
            EncryptedBlobFormat.EncryptAsync(new MemoryStream(Secret), new MemoryStream(), key, header, prefix, EncryptedBlobFormat.ChunkSize, CancellationToken.None, pool));

        pool.Returned.Count.ShouldBe(3);
        pool.Returned.ShouldAllBe(wiped => wiped);
    }

    [Fact]
    public async Task A_decrypting_stream_wipes_its_plaintext_chunk_when_disposed()
    {
        var (key, prefix, header) = Keys();
        var blob = new MemoryStream();
        await EncryptedBlobFormat.EncryptAsync(new MemoryStream(Secret), blob, key, header, prefix, long.MaxValue, CancellationToken.None);
        var pool = new WatchingPool();
        var stream = new DecryptingStream(blob, key, Secret.Length, header.Length, EncryptedBlobFormat.ChunkSize, prefix, pool);
        (await new StreamReader(stream).ReadToEndAsync()).Length.ShouldBe(Secret.Length);

        await stream.DisposeAsync();

        pool.Returned.Count.ShouldBe(2);
        pool.Returned.ShouldAllBe(wiped => wiped);
    }

    [Fact]
    public void A_wiping_memory_stream_zeroes_what_it_outgrows_and_what_it_holds()
    {
        var stream = new WipingMemoryStream(16);
        stream.Write(Secret.AsSpan(0, 16));
        var outgrown = stream.GetBuffer();

        stream.Write(Secret.AsSpan(16, 1000));
        var held = stream.GetBuffer();
        ReferenceEquals(outgrown, held).ShouldBeFalse();
        outgrown.ShouldAllBe(x => x == 0);
        stream.ToArray().ShouldBe(Secret[..1016]);

        stream.Dispose();
        held.ShouldAllBe(x => x == 0);
    }

    private static (byte[] Key, byte[] Prefix, byte[] Header) Keys()
    {
        var prefix = RandomNumberGenerator.GetBytes(EncryptedBlobFormat.NoncePrefixSize);
        return (RandomNumberGenerator.GetBytes(32), prefix, EncryptedBlobFormat.Header("test", [1], prefix));
    }

    /// <summary>
    /// A pool of its own that notes, at the moment each buffer comes back, whether it is all zeros — its
    /// buffers go to no one else, so nothing can write into them in between.
    /// </summary>
    private sealed class WatchingPool : System.Buffers.ArrayPool<byte>
    {
        public List<bool> Returned { get; } = [];

        public override byte[] Rent(int minimumLength) => new byte[minimumLength];

        public override void Return(byte[] array, bool clearArray = false) => Returned.Add(array.AsSpan().IndexOfAnyExcept((byte)0) < 0);
    }
}
