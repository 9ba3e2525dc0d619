using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class DocumentKeysTests
{
    private static readonly IDataProtectionProvider Ring = new EphemeralDataProtectionProvider();

    private static DocumentKeys Keys(byte[] master, params byte[][] retired) => new(Ring, new PlatformKeys(master, retired));

    private static byte[] NewMaster() => RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void The_master_key_wraps_new_keys_and_only_that_key_unwraps_them()
    {
        var keys = Keys(NewMaster());
        var (key, wrapped, id) = keys.New();
        id.ShouldStartWith("mk-");
        id.Length.ShouldBeLessThanOrEqualTo(20);
        wrapped.ShouldNotBe(key);
        keys.Unwrap(id, wrapped).ShouldBe(key);

        // Another master key does not know the id; a tampered wrap fails authentication.
        Should.Throw<CryptographicException>(() => Keys(NewMaster()).Unwrap(id, wrapped));
        wrapped[20] ^= 1;
        Should.Throw<CryptographicException>(() => keys.Unwrap(id, wrapped));
    }

    [Fact]
    public void After_rotation_retired_master_keys_still_unwrap_and_keys_wrapped_by_the_old_ring_too()
    {
        var old = NewMaster();
        var (key, wrapped, id) = Keys(old).New();
        var legacyKey = RandomNumberGenerator.GetBytes(32);
        var legacyWrapped = Keys(old).WrapLegacy(legacyKey);

        var rotated = Keys(NewMaster(), old);
        rotated.Unwrap(id, wrapped).ShouldBe(key);
        rotated.Unwrap(DocumentKeys.DataProtectionKeyId, legacyWrapped).ShouldBe(legacyKey);
        rotated.New().KeyId.ShouldNotBe(id);
    }
}
