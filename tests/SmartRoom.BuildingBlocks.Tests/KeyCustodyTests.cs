using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using SmartRoom.BuildingBlocks.Security;

namespace SmartRoom.BuildingBlocks.Tests;

public sealed class KeyCustodyTests
{
    private static PlatformKeys NewKeys(params byte[][] retired) => new(RandomNumberGenerator.GetBytes(32), retired);

    [Fact]
    public void Derived_keys_differ_per_purpose_and_per_master_key_and_are_stable()
    {
        var keys = NewKeys();
        keys.Derive("a").ShouldBe(keys.Derive("a"));
        keys.Derive("a").ShouldNotBe(keys.Derive("b"));
        keys.Derive("a").ShouldNotBe(NewKeys().Derive("a"));
        keys.Derive("mk-unknown", "a").ShouldBeNull();
    }

    [Fact]
    public void A_sealed_secret_is_unreadable_opens_only_for_its_purpose_and_after_rotation()
    {
        var old = RandomNumberGenerator.GetBytes(32);
        var sealer = new SecretSealer(new PlatformKeys(old, []));
        var sealedCode = sealer.Seal("identity/reset-code", "the-live-code");

        Encoding.UTF8.GetString(Convert.FromBase64String(sealedCode)).ShouldNotContain("the-live-code");
        sealer.Unseal("identity/reset-code", sealedCode).ShouldBe("the-live-code");
        Should.Throw<CryptographicException>(() => sealer.Unseal("dealrooms/invitation", sealedCode));
        Should.Throw<CryptographicException>(() => new SecretSealer(NewKeys()).Unseal("identity/reset-code", sealedCode));
        new SecretSealer(NewKeys(old)).Unseal("identity/reset-code", sealedCode).ShouldBe("the-live-code");
    }

    [Fact]
    public void The_key_ring_xml_is_encrypted_and_opens_only_with_the_master_key_that_wrote_it()
    {
        var master = RandomNumberGenerator.GetBytes(32);
        var secret = new XElement("masterKey", new XElement("value", "c2VjcmV0LWtleS1tYXRlcmlhbA=="));
        var info = new MasterKeyXmlEncryptor(new PlatformKeys(master, [])).Encrypt(secret);

        info.EncryptedElement.ToString().ShouldNotContain("c2VjcmV0LWtleS1tYXRlcmlhbA==");
        Decryptor(new PlatformKeys(master, [])).Decrypt(info.EncryptedElement).ToString().ShouldBe(secret.ToString());
        Decryptor(new PlatformKeys(RandomNumberGenerator.GetBytes(32), [master])).Decrypt(info.EncryptedElement).ToString().ShouldBe(secret.ToString());
        Should.Throw<CryptographicException>(() => Decryptor(NewKeys()).Decrypt(info.EncryptedElement)).Message.ShouldContain("not configured");
    }

    [Fact]
    public void Outside_development_a_missing_master_key_stops_start_up_naming_the_setting()
    {
        var error = Should.Throw<InvalidOperationException>(() => PlatformKeys.Load(Config(), Environment("Production"), Path.GetTempPath()));
        error.Message.ShouldContain("SmartRoom:Encryption:MasterKey");
    }

    [Fact]
    public void In_development_a_key_is_generated_once_into_the_data_directory()
    {
        var data = Path.Combine(Path.GetTempPath(), "sr-keys-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = PlatformKeys.Load(Config(), Environment("Development"), data);
            var second = PlatformKeys.Load(Config(), Environment("Development"), data);
            first.IsDevelopmentKey.ShouldBeTrue();
            second.ActiveKeyId.ShouldBe(first.ActiveKeyId);
            File.Exists(Path.Combine(data, "keys", "development-master.key")).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_malformed_master_key_stops_start_up_with_a_clear_message(string master) =>
        Should.Throw<InvalidOperationException>(() => PlatformKeys.Load(Config(("SmartRoom:Encryption:MasterKey", master)), Environment("Production"), "."))
            .Message.ShouldContain("SmartRoom:Encryption");

    private static MasterKeyXmlDecryptor Decryptor(PlatformKeys keys) =>
        new(new ServiceCollection().AddSingleton(keys).BuildServiceProvider());

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IHostEnvironment Environment(string name) => new TestEnvironment { EnvironmentName = name };

    private sealed class TestEnvironment : IHostEnvironment
    {
        public required string EnvironmentName { get; set; }

        public string ApplicationName { get; set; } = "SmartRoom";

        public string ContentRootPath { get; set; } = ".";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
