using System.Buffers;
using System.Security.Cryptography;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class DecryptingStreamTests
{
    [Fact]
    public async Task Disposing_twice_gives_its_buffers_back_to_the_pool_once()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var prefix = RandomNumberGenerator.GetBytes(EncryptedBlobFormat.NoncePrefixSize);
        var header = EncryptedBlobFormat.Header("test", [1], prefix);
        var blob = new MemoryStream();
        await EncryptedBlobFormat.EncryptAsync(new MemoryStream([1, 2, 3]), blob, key, header, prefix, long.MaxValue, CancellationToken.None);
        var stream = new DecryptingStream(blob, key, 3, header.Length, EncryptedBlobFormat.ChunkSize, prefix);

        stream.Dispose();
        stream.Dispose(); // as ASP.NET Core's file results do

        // A buffer returned twice would be rented out twice.
        var first = ArrayPool<byte>.Shared.Rent(EncryptedBlobFormat.ChunkSize + EncryptedBlobFormat.TagSize);
        var second = ArrayPool<byte>.Shared.Rent(EncryptedBlobFormat.ChunkSize + EncryptedBlobFormat.TagSize);
        ReferenceEquals(first, second).ShouldBeFalse();
        ArrayPool<byte>.Shared.Return(first);
        ArrayPool<byte>.Shared.Return(second);
    }
}
