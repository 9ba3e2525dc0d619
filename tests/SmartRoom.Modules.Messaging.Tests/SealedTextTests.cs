using System.Security.Cryptography;
using System.Text;
using SmartRoom.Modules.Messaging.Domain;

namespace SmartRoom.Modules.Messaging.Tests;

public sealed class SealedTextTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Sealed_text_opens_with_its_key_item_and_field_and_does_not_hold_the_text()
    {
        var item = Guid.CreateVersion7();
        var sealedText = SealedText.Seal(Key, item, SealedFields.Body, "Revenue for Q3 is confidential");

        Encoding.UTF8.GetString(sealedText).ShouldNotContain("Revenue");
        SealedText.Open(Key, item, SealedFields.Body, sealedText).ShouldBe("Revenue for Q3 is confidential");
    }

    [Fact]
    public void Sealed_text_moved_to_another_item_or_field_or_altered_does_not_open()
    {
        var item = Guid.CreateVersion7();
        var sealedText = SealedText.Seal(Key, item, SealedFields.Body, "text");

        Should.Throw<CryptographicException>(() => SealedText.Open(Key, Guid.CreateVersion7(), SealedFields.Body, sealedText));
        Should.Throw<CryptographicException>(() => SealedText.Open(Key, item, SealedFields.Subject, sealedText));
        sealedText[^1] ^= 1;
        Should.Throw<CryptographicException>(() => SealedText.Open(Key, item, SealedFields.Body, sealedText));
    }

    [Fact]
    public void Sha256_is_the_hex_digest_of_the_utf8_text() =>
        SealedText.Sha256("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
