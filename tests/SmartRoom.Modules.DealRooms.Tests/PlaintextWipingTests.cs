using System.Reflection;
using System.Runtime.InteropServices;
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
        var source = new WatchedStream(Secret);
        var (key, prefix, header) = Keys();

        await EncryptedBlobFormat.EncryptAsync(source, new MemoryStream(), key, header, prefix, long.MaxValue, CancellationToken.None);

        source.Buffers.Count.ShouldBeGreaterThanOrEqualTo(2);
        source.Buffers.ShouldAllBe(b => b.All(x => x == 0));
    }

    [Fact]
    public async Task Encrypting_wipes_its_chunk_buffers_when_it_fails_too()
    {
        var source = new WatchedStream(Secret);
        var (key, prefix, header) = Keys();

        await Should.ThrowAsync<PayloadTooLargeException>(() =>
            EncryptedBlobFormat.EncryptAsync(source, new MemoryStream(), key, header, prefix, EncryptedBlobFormat.ChunkSize, CancellationToken.None));

        source.Buffers.ShouldAllBe(b => b.All(x => x == 0));
    }

    [Fact]
    public async Task A_decrypting_stream_wipes_its_plaintext_chunk_when_disposed()
    {
        var (key, prefix, header) = Keys();
        var blob = new MemoryStream();
        await EncryptedBlobFormat.EncryptAsync(new MemoryStream(Secret), blob, key, header, prefix, long.MaxValue, CancellationToken.None);
        var stream = new DecryptingStream(blob, key, Secret.Length, header.Length, EncryptedBlobFormat.ChunkSize, prefix);
        var plain = (byte[])typeof(DecryptingStream).GetField("_plain", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(stream)!;
        (await new StreamReader(stream).ReadToEndAsync()).Length.ShouldBeGreaterThan(0);
        plain.ShouldContain((byte)0x5A);

        await stream.DisposeAsync();

        plain.ShouldAllBe(x => x == 0);
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

    /// <summary>A source that remembers the buffers it was asked to fill (the encryptor's pooled chunks).</summary>
    private sealed class WatchedStream(byte[] content) : MemoryStream(content)
    {
        public HashSet<byte[]> Buffers { get; } = new(ReferenceEqualityComparer.Instance);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (MemoryMarshal.TryGetArray<byte>(buffer, out var segment))
            {
                Buffers.Add(segment.Array!);
            }

            return base.ReadAsync(buffer, cancellationToken);
        }
    }
}
