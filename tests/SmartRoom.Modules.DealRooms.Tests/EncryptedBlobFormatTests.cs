using System.Security.Cryptography;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class EncryptedBlobFormatTests
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _prefix = RandomNumberGenerator.GetBytes(EncryptedBlobFormat.NoncePrefixSize);

    [Theory]
    [InlineData(1)]
    [InlineData(EncryptedBlobFormat.ChunkSize - 1)]
    [InlineData(EncryptedBlobFormat.ChunkSize)]
    [InlineData(EncryptedBlobFormat.ChunkSize + 1)]
    [InlineData((3 * EncryptedBlobFormat.ChunkSize) + 17)]
    public async Task Round_trips_any_size_and_reads_any_range(int size)
    {
        var plaintext = RandomNumberGenerator.GetBytes(size);
        var (blob, header) = await EncryptAsync(plaintext);

        await using var reader = Open(blob, header.Length, size);
        (await ReadAllAsync(reader)).ShouldBe(plaintext);

        reader.Position = size / 2;
        var tail = await ReadAllAsync(reader);
        tail.ShouldBe(plaintext[(size / 2)..]);
    }

    [Fact]
    public async Task The_header_reads_back()
    {
        var (blob, header) = await EncryptAsync([1, 2, 3]);

        var read = EncryptedBlobFormat.ReadHeader(new MemoryStream(blob));

        read.HeaderLength.ShouldBe(header.Length);
        read.ChunkSize.ShouldBe(EncryptedBlobFormat.ChunkSize);
        read.KeyId.ShouldBe("test");
        read.NoncePrefix.ShouldBe(_prefix);
    }

    [Fact]
    public async Task A_flipped_bit_is_refused_before_any_byte_of_its_chunk_is_served()
    {
        var (blob, header) = await EncryptAsync(RandomNumberGenerator.GetBytes(2 * EncryptedBlobFormat.ChunkSize));
        blob[header.Length + EncryptedBlobFormat.ChunkSize + EncryptedBlobFormat.TagSize + 10] ^= 1; // inside chunk 1

        await using var reader = Open(blob, header.Length, 2 * EncryptedBlobFormat.ChunkSize);
        var first = new byte[EncryptedBlobFormat.ChunkSize];
        await reader.ReadExactlyAsync(first); // chunk 0 is intact
        await Should.ThrowAsync<AuthenticationTagMismatchException>(async () => await reader.ReadExactlyAsync(new byte[16]));
    }

    [Fact]
    public async Task A_truncated_blob_is_refused()
    {
        var size = 2 * EncryptedBlobFormat.ChunkSize;
        var (blob, header) = await EncryptAsync(RandomNumberGenerator.GetBytes(size));
        var truncated = blob[..(header.Length + EncryptedBlobFormat.ChunkSize + EncryptedBlobFormat.TagSize)];

        // Claiming the shorter length makes chunk 0 the "last" one: its last-flag does not match.
        await using var reader = Open(truncated, header.Length, EncryptedBlobFormat.ChunkSize);
        await Should.ThrowAsync<AuthenticationTagMismatchException>(async () => await reader.ReadExactlyAsync(new byte[16]));
    }

    [Fact]
    public async Task Past_the_limit_encryption_stops()
    {
        await Should.ThrowAsync<PayloadTooLargeException>(async () =>
            await EncryptedBlobFormat.EncryptAsync(new MemoryStream(new byte[100]), new MemoryStream(), _key, [], _prefix, maxBytes: 99, CancellationToken.None));
    }

    private async Task<(byte[] Blob, byte[] Header)> EncryptAsync(byte[] plaintext)
    {
        var header = EncryptedBlobFormat.Header("test", [9, 9, 9], _prefix);
        var output = new MemoryStream();
        var (size, sha) = await EncryptedBlobFormat.EncryptAsync(new MemoryStream(plaintext), output, _key, header, _prefix, long.MaxValue, CancellationToken.None);
        size.ShouldBe(plaintext.Length);
        sha.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(plaintext)));
        return (output.ToArray(), header);
    }

    private DecryptingStream Open(byte[] blob, int headerLength, long size) =>
        new(new MemoryStream(blob), _key, size, headerLength, EncryptedBlobFormat.ChunkSize, _prefix);

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        var output = new MemoryStream();
        await stream.CopyToAsync(output);
        return output.ToArray();
    }
}
