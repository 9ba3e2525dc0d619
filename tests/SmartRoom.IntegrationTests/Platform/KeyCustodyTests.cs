using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>The database alone must not be enough to mint tokens or open what the key ring protects.</summary>
public sealed class KeyCustodyTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task The_key_ring_lives_in_the_platform_schema_and_every_key_is_encrypted_there()
    {
        await App.SignUpAsync(); // tokens and links need the ring

        var rows = await KeyRingRowsAsync();

        rows.ShouldNotBeEmpty("the ring has at least one key once a token was issued");
        foreach (var xml in rows)
        {
            xml.ShouldContain("encryptedSecret");
            xml.ShouldContain("masterKeyEncrypted");
            xml.ShouldNotContain("<value>", customMessage: "no key material in clear");
        }
    }

    [Fact]
    public async Task A_copy_of_the_key_ring_opens_nothing_without_the_master_key()
    {
        await App.SignUpAsync();
        var sealedByHost = App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-custody-test").Protect("a bearer token's worth");
        var stolen = await KeyRingRowsAsync();
        stolen.ShouldNotBeEmpty();

        var attacker = Provider(stolen, RandomNumberGenerator.GetBytes(32)).CreateProtector("key-custody-test");
        Should.Throw<CryptographicException>(() => attacker.Unprotect(sealedByHost));

        // The same copy with the operator's master key (kept outside the database) still works: the test can tell.
        var owner = Provider(stolen, Convert.FromBase64String(App.MasterKey)).CreateProtector("key-custody-test");
        owner.Unprotect(sealedByHost).ShouldBe("a bearer token's worth");
    }

    [Fact]
    public async Task A_key_stored_in_clear_by_an_earlier_version_is_encrypted_at_start_up()
    {
        var table = App.Database.Provider == "Sqlite" ? "\"platform_DataProtectionKeys\"" : "\"platform\".\"DataProtectionKeys\"";
        const string clear = "<key id=\"legacy\" version=\"1\"><descriptor><descriptor><masterKey p4:requiresEncryption=\"true\" " +
                             "xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\"><value>bGVnYWN5LWtleS1tYXRlcmlhbA==</value></masterKey>" +
                             "</descriptor></descriptor></key>";
        await App.Database.ExecuteAsync($"INSERT INTO {table} (\"FriendlyName\", \"Xml\") VALUES ('legacy-clear-key', '{clear}')");
        try
        {
            var sealer = App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Single(s => s.GetType().Name == "KeyRingSealer");
            await sealer.StartAsync(CancellationToken.None);

            var rows = await KeyRingRowsAsync();
            var legacy = rows.Single(r => r.Contains("id=\"legacy\"", StringComparison.Ordinal));
            legacy.ShouldNotContain("bGVnYWN5LWtleS1tYXRlcmlhbA==");
            legacy.ShouldContain("encryptedSecret");
            var element = XElement.Parse(legacy).Descendants().Single(e => e.Name.LocalName == "masterKeyEncrypted");
            new MasterKeyXmlDecryptor(App.Services).Decrypt(element).ToString().ShouldContain("bGVnYWN5LWtleS1tYXRlcmlhbA==");
        }
        finally
        {
            await App.Database.ExecuteAsync($"DELETE FROM {table} WHERE \"FriendlyName\" = 'legacy-clear-key'");
        }
    }

    private async Task<List<string>> KeyRingRowsAsync()
    {
        await using var connection = App.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = App.Database.Provider == "Sqlite"
            ? "SELECT \"Xml\" FROM \"platform_DataProtectionKeys\""
            : "SELECT \"Xml\" FROM \"platform\".\"DataProtectionKeys\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static IDataProtectionProvider Provider(List<string> ring, byte[] masterKey)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new PlatformKeys(masterKey, []));
        services.AddDataProtection().SetApplicationName("SmartRoom").AddKeyManagementOptions(o => o.XmlRepository = new CopiedRing(ring));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    private sealed class CopiedRing(List<string> rows) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => rows.Select(XElement.Parse).ToList();

        public void StoreElement(XElement element, string friendlyName) =>
            throw new InvalidOperationException("A stolen copy is read, not written: the test must not create a key of its own.");
    }
}
