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

/// <summary>
/// What is stored with each version must stay readable by every later release: the wrap is AES-GCM under
/// the master key with a fixed context, legacy keys use a fixed Data Protection purpose, and a wrap that
/// does not hold exactly a 256-bit key is refused.
/// </summary>
public sealed class DocumentKeyFormatTests
{
    private const string WrapContext = "SmartRoom.DealRooms.DocumentKey.v1";
    private const string LegacyPurpose = "SmartRoom.DealRooms.DocumentKeys.v1";
    private static readonly IDataProtectionProvider Ring = new EphemeralDataProtectionProvider();
    private static readonly byte[] Master = RandomNumberGenerator.GetBytes(32);
    private static readonly DocumentKeys Keys = new(Ring, new PlatformKeys(Master, []));

    [Fact]
    public void A_new_key_is_256_random_bits_wrapped_under_the_active_master_key_with_the_document_key_context()
    {
        var (key, wrapped, id) = Keys.New();

        key.Length.ShouldBe(32);
        Keys.New().Key.ShouldNotBe(key);
        id.ShouldBe(PlatformKeys.IdOf(Master));
        wrapped.Length.ShouldBe(AesGcmBox.Overhead + 32);
        AesGcmBox.Open(Master, wrapped, System.Text.Encoding.ASCII.GetBytes(WrapContext)).ShouldBe(key);
        Should.Throw<CryptographicException>(() => AesGcmBox.Open(Master, wrapped, []));
    }

    [Fact]
    public void A_key_wrapped_by_an_earlier_release_unwraps()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var stored = AesGcmBox.Seal(Master, key, System.Text.Encoding.ASCII.GetBytes(WrapContext));

        Keys.Unwrap(PlatformKeys.IdOf(Master), stored).ShouldBe(key);
    }

    [Fact]
    public void A_key_wrapped_by_the_data_protection_ring_before_key_custody_unwraps()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var stored = Ring.CreateProtector(LegacyPurpose).Protect(key);

        Keys.Unwrap(DocumentKeys.DataProtectionKeyId, stored).ShouldBe(key);
        Keys.Unwrap(DocumentKeys.DataProtectionKeyId, Keys.WrapLegacy(key)).ShouldBe(key);
    }

    [Fact]
    public void A_master_key_wrap_is_not_mistaken_for_a_legacy_one_nor_the_other_way_round()
    {
        var (_, wrapped, _) = Keys.New();
        var legacy = Keys.WrapLegacy(RandomNumberGenerator.GetBytes(32));

        Should.Throw<CryptographicException>(() => Keys.Unwrap(DocumentKeys.DataProtectionKeyId, wrapped));
        Should.Throw<CryptographicException>(() => Keys.Unwrap(PlatformKeys.IdOf(Master), legacy));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void An_authentic_wrap_of_anything_but_a_256_bit_key_is_refused(int length)
    {
        var stored = AesGcmBox.Seal(Master, new byte[length], System.Text.Encoding.ASCII.GetBytes(WrapContext));

        Should.Throw<CryptographicException>(() => Keys.Unwrap(PlatformKeys.IdOf(Master), stored)).Message.ShouldContain("wrong length");
    }

    [Fact]
    public void An_unknown_key_id_is_named_in_the_refusal()
    {
        var refusal = Should.Throw<CryptographicException>(() => Keys.Unwrap("mk-0000000000000000", Keys.New().Wrapped));

        refusal.Message.ShouldContain("'mk-0000000000000000'");
        refusal.Message.ShouldContain(PlatformKeys.Section);
    }
}
