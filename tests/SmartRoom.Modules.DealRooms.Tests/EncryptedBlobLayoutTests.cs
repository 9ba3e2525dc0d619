using System.Security.Cryptography;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>
/// The SRB1 layout byte for byte, checked against an independent reading of the documented format (so a
/// change that encrypts and decrypts the same wrong way is caught), and the reader's edges.
/// </summary>
public sealed class EncryptedBlobLayoutTests
{
    private const int Chunk = EncryptedBlobFormat.ChunkSize;
    private const int Tag = EncryptedBlobFormat.TagSize;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _prefix = [1, 2, 3, 4, 5, 6, 7];

    [Fact]
    public void The_header_is_magic_version_chunk_size_key_id_wrapped_key_and_nonce_prefix()
    {
        var header = EncryptedBlobFormat.Header("k\u00e9", [0xAA, 0xBB], _prefix);

        header.ShouldBe([
            (byte)'S', (byte)'R', (byte)'B', (byte)'1', 1,
            0x00, 0x01, 0x00, 0x00, // 65,536, big-endian
            0x00, 0x03, (byte)'k', 0xC3, 0xA9, // UTF-8 key id with its length
            0x00, 0x02, 0xAA, 0xBB,
            1, 2, 3, 4, 5, 6, 7,
        ]);

        var read = EncryptedBlobFormat.ReadHeader(new MemoryStream([.. header, 0xFF]));
        (read.HeaderLength, read.ChunkSize, read.KeyId).ShouldBe((header.Length, Chunk, "k\u00e9"));
        read.WrappedKey.ShouldBe([0xAA, 0xBB]);
        read.NoncePrefix.ShouldBe(_prefix);
    }

    [Theory]
    [InlineData(0, 0x58)] // magic: 'X'
    [InlineData(3, 0x32)] // 'SRB2'
    [InlineData(4, 2)] // version
    [InlineData(4, 0)]
    public void A_header_with_another_magic_or_version_is_refused(int at, int value)
    {
        var header = EncryptedBlobFormat.Header("k", [1], _prefix);
        header[at] = (byte)value;

        Should.Throw<CryptographicException>(() => EncryptedBlobFormat.ReadHeader(new MemoryStream(header))).Message.ShouldBe("Not an SRB1 blob.");
    }

    [Fact]
    public async Task Each_chunk_is_aes_gcm_under_the_prefix_its_big_endian_number_and_the_last_flag()
    {
        var plaintext = RandomNumberGenerator.GetBytes((2 * Chunk) + 5);
        var header = EncryptedBlobFormat.Header("k", [1], _prefix);
        var blob = new MemoryStream();
        await EncryptedBlobFormat.EncryptAsync(new MemoryStream(plaintext), blob, _key, header, _prefix, long.MaxValue, CancellationToken.None);
        var bytes = blob.ToArray();

        bytes.Length.ShouldBe(header.Length + plaintext.Length + (3 * Tag));
        bytes[..header.Length].ShouldBe(header);
        using var aes = new AesGcm(_key, Tag);
        var at = header.Length;
        for (var i = 0; i < 3; i++)
        {
            var length = i < 2 ? Chunk : 5;
            byte[] nonce = [.. _prefix, 0, 0, 0, (byte)i, i == 2 ? (byte)1 : (byte)0];
            var plain = new byte[length];
            aes.Decrypt(nonce, bytes.AsSpan(at, length), bytes.AsSpan(at + length, Tag), plain);
            plain.ShouldBe(plaintext.AsSpan(i * Chunk, length).ToArray());
            at += length + Tag;
        }
    }

    [Fact]
    public void The_nonce_is_the_prefix_then_the_chunk_number_big_endian_then_the_flag()
    {
        var nonce = new byte[12];

        EncryptedBlobFormat.Nonce(nonce, _prefix, 0x01020304, last: false);
        nonce.ShouldBe([1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 0]);

        EncryptedBlobFormat.Nonce(nonce, _prefix, 0, last: true);
        nonce.ShouldBe([1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 1]);

        Should.Throw<OverflowException>(() => EncryptedBlobFormat.Nonce(new byte[12], _prefix, (long)uint.MaxValue + 1, last: false));
    }

    [Fact]
    public async Task An_empty_document_is_one_authenticated_empty_last_chunk()
    {
        var (blob, header) = await EncryptAsync([]);

        blob.Length.ShouldBe(header.Length + Tag);
        await using var reader = Open(blob, header.Length, 0);
        (await reader.ReadAsync(new byte[10])).ShouldBe(0);
    }

    [Fact]
    public async Task A_source_that_trickles_still_fills_whole_chunks()
    {
        var plaintext = RandomNumberGenerator.GetBytes(Chunk + 3);
        var header = EncryptedBlobFormat.Header("k", [1], _prefix);
        var blob = new MemoryStream();

        var (size, _) = await EncryptedBlobFormat.EncryptAsync(new Trickle(plaintext), blob, _key, header, _prefix, long.MaxValue, CancellationToken.None);

        size.ShouldBe(plaintext.Length);
        blob.Length.ShouldBe(header.Length + plaintext.Length + (2 * Tag));
        await using var reader = Open(blob.ToArray(), header.Length, plaintext.Length);
        var read = new MemoryStream();
        await reader.CopyToAsync(read);
        read.ToArray().ShouldBe(plaintext);
    }

    [Fact]
    public async Task Exactly_the_limit_may_be_encrypted()
    {
        var header = EncryptedBlobFormat.Header("k", [1], _prefix);

        var (size, _) = await EncryptedBlobFormat.EncryptAsync(new MemoryStream(new byte[100]), new MemoryStream(), _key, header, _prefix, maxBytes: 100, CancellationToken.None);
        size.ShouldBe(100);

        var refused = await Should.ThrowAsync<PayloadTooLargeException>(() =>
            EncryptedBlobFormat.EncryptAsync(new MemoryStream(new byte[Chunk + 1]), new MemoryStream(), _key, header, _prefix, maxBytes: Chunk, CancellationToken.None));
        refused.MaxBytes.ShouldBe(Chunk);
        refused.Message.ShouldContain($"larger than {Chunk} bytes");
    }

    [Fact]
    public async Task Seeking_from_the_start_the_current_position_and_the_end_and_clamping_to_the_document()
    {
        var plaintext = RandomNumberGenerator.GetBytes(Chunk + 100);
        var (blob, header) = await EncryptAsync(plaintext);
        await using var reader = Open(blob, header.Length, plaintext.Length);

        (reader.CanRead, reader.CanSeek, reader.CanWrite).ShouldBe((true, true, false));
        reader.Length.ShouldBe(plaintext.Length);
        reader.Seek(-10, SeekOrigin.End).ShouldBe(plaintext.Length - 10);
        (await Read(reader, 10)).ShouldBe(plaintext[^10..]);
        (await reader.ReadAsync(new byte[5])).ShouldBe(0); // at the end

        reader.Seek(Chunk - 2, SeekOrigin.Begin).ShouldBe(Chunk - 2);
        reader.Seek(1, SeekOrigin.Current).ShouldBe(Chunk - 1);
        (await Read(reader, 3)).ShouldBe(plaintext[(Chunk - 1)..(Chunk + 2)]); // across the chunk boundary

        reader.Position = -5;
        reader.Position.ShouldBe(0);
        reader.Seek(10, SeekOrigin.End).ShouldBe(plaintext.Length); // Seek answers the clamped position
        reader.Position.ShouldBe(plaintext.Length);
        (await reader.ReadAsync(new byte[5])).ShouldBe(0);
    }

    [Fact]
    public async Task Synchronous_reads_serve_the_same_bytes()
    {
        var plaintext = RandomNumberGenerator.GetBytes(Chunk + 1);
        var (blob, header) = await EncryptAsync(plaintext);
        using var reader = Open(blob, header.Length, plaintext.Length);

        var read = new MemoryStream();
        reader.CopyTo(read);

        read.ToArray().ShouldBe(plaintext);
        Should.Throw<NotSupportedException>(() => reader.Write([1], 0, 1));
        Should.Throw<NotSupportedException>(() => reader.SetLength(1));
    }

    [Fact]
    public async Task An_empty_read_serves_nothing_and_loads_nothing()
    {
        var plaintext = RandomNumberGenerator.GetBytes(100);
        var (blob, header) = await EncryptAsync(plaintext);
        blob[header.Length] ^= 1; // the only chunk does not authenticate
        await using var reader = Open(blob, header.Length, plaintext.Length);

        (await reader.ReadAsync(Memory<byte>.Empty)).ShouldBe(0);
        await Should.ThrowAsync<AuthenticationTagMismatchException>(async () => await reader.ReadExactlyAsync(new byte[1]));
    }

    [Fact]
    public async Task Disposing_the_reader_disposes_the_blob()
    {
        var (blob, header) = await EncryptAsync([1, 2, 3]);
        var source = new MemoryStream(blob);
        var reader = new DecryptingStream(source, _key, 3, header.Length, Chunk, _prefix);

        await reader.DisposeAsync();

        source.CanRead.ShouldBeFalse();
    }

    private async Task<(byte[] Blob, byte[] Header)> EncryptAsync(byte[] plaintext)
    {
        var header = EncryptedBlobFormat.Header("test", [9], _prefix);
        var output = new MemoryStream();
        await EncryptedBlobFormat.EncryptAsync(new MemoryStream(plaintext), output, _key, header, _prefix, long.MaxValue, CancellationToken.None);
        return (output.ToArray(), header);
    }

    private DecryptingStream Open(byte[] blob, int headerLength, long size) => new(new MemoryStream(blob), _key, size, headerLength, Chunk, _prefix);

    private static async Task<byte[]> Read(Stream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer);
        return buffer;
    }

    /// <summary>Hands out at most 1,000 bytes per read, as a network stream may.</summary>
    private sealed class Trickle(byte[] content) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }
}
