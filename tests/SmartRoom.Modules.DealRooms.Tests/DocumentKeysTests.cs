using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class DocumentKeysTests
{
    private static readonly IDataProtectionProvider Ring = new EphemeralDataProtectionProvider();

    private static DocumentKeys Keys(string? master = null, params string[] retired) =>
        new(Ring, Options.Create(new EncryptionOptions { MasterKey = master, RetiredMasterKeys = [.. retired] }), NullLogger<DocumentKeys>.Instance);

    private static string NewMaster() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Without_a_master_key_the_data_protection_ring_wraps()
    {
        var keys = Keys();
        var (key, wrapped, id) = keys.New();
        id.ShouldBe(DocumentKeys.DataProtectionKeyId);
        keys.Unwrap(id, wrapped).ShouldBe(key);
        keys.UsesMasterKey.ShouldBeFalse();
    }

    [Fact]
    public void A_master_key_wraps_new_keys_and_only_that_key_unwraps_them()
    {
        var master = NewMaster();
        var keys = Keys(master);
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
    public void After_rotation_retired_master_keys_still_unwrap_and_old_ring_wrapped_keys_too()
    {
        var old = NewMaster();
        var (key, wrapped, id) = Keys(old).New();
        var (ringKey, ringWrapped, ringId) = Keys().New();

        var rotated = Keys(NewMaster(), old);
        rotated.Unwrap(id, wrapped).ShouldBe(key);
        rotated.Unwrap(ringId, ringWrapped).ShouldBe(ringKey);
        rotated.New().KeyId.ShouldNotBe(id);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_malformed_master_key_stops_start_up_with_a_clear_message(string master) =>
        Should.Throw<InvalidOperationException>(() => Keys(master)).Message.ShouldContain("SmartRoom:Encryption");
}
