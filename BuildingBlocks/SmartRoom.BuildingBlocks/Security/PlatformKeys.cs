using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using SmartRoom.BuildingBlocks.Platform;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Key custody: the one secret that protects the data and never sits beside it. <c>SmartRoom:Encryption:MasterKey</c>
/// (base64 of 32 random bytes, from the environment or a secret store) wraps document keys and, through
/// HKDF-SHA256 with a purpose label, yields every other platform key (the Data Protection key ring's
/// encryption, sealed secrets in messages, the audit chain's MAC and checkpoint signing). Retired master
/// keys (<c>RetiredMasterKeys</c>) still open what they protected. Without a master key the host refuses to
/// start outside Development; in Development it creates one under the data directory and says loudly that
/// it sits next to the data.
/// </summary>
public sealed class PlatformKeys
{
    public const string Section = "SmartRoom:Encryption";
    public const string MasterKeySetting = Section + ":MasterKey";
    private const string DevelopmentKeyFile = "development-master.key";
    private readonly Dictionary<string, byte[]> _masterKeys;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string KeyId, string Purpose), byte[]> _derived = new();

    public PlatformKeys(byte[] activeMasterKey, IEnumerable<byte[]> retiredMasterKeys, bool isDevelopmentKey = false)
    {
        _masterKeys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var retired in retiredMasterKeys)
        {
            _masterKeys[IdOf(Check(retired))] = retired;
        }

        ActiveKeyId = IdOf(Check(activeMasterKey));
        _masterKeys[ActiveKeyId] = activeMasterKey;
        IsDevelopmentKey = isDevelopmentKey;
    }

    /// <summary>"mk-" and 16 hex digits of the active master key's SHA-256: names the key without revealing it.</summary>
    public string ActiveKeyId { get; }

    /// <summary>True when the master key was generated into the data directory (Development only).</summary>
    public bool IsDevelopmentKey { get; }

    /// <summary>Ids of every master key this host can use, the active one included.</summary>
    public IReadOnlyCollection<string> KeyIds => _masterKeys.Keys;

    /// <summary>The active master key itself (for wrapping document keys).</summary>
    public byte[] ActiveMasterKey => _masterKeys[ActiveKeyId];

    /// <summary>A master key by id, or null when it is not configured.</summary>
    public byte[]? MasterKey(string keyId) => _masterKeys.GetValueOrDefault(keyId);

    /// <summary>A 256-bit key for one purpose, derived from the active master key (HKDF-SHA256, info = purpose).</summary>
    public byte[] Derive(string purpose) => Derive(ActiveKeyId, purpose)!;

    /// <summary>
    /// A 256-bit key for one purpose derived from the named master key, or null when that key is not configured.
    /// Derived once per key and purpose; callers share the array and must not change it.
    /// </summary>
    public byte[]? Derive(string keyId, string purpose) =>
        _masterKeys.TryGetValue(keyId, out var master)
            ? _derived.GetOrAdd((keyId, purpose), k =>
                HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, salt: [], info: Encoding.UTF8.GetBytes("SmartRoom/" + k.Purpose)))
            : null;

    public static string IdOf(byte[] masterKey) => "mk-" + Convert.ToHexStringLower(SHA256.HashData(masterKey))[..16];

    /// <summary>
    /// Reads the keys from configuration. Outside Development a missing master key stops the host with a
    /// message naming the setting; in Development a key is generated once into <paramref name="dataDirectory"/>/keys.
    /// </summary>
    public static PlatformKeys Load(IConfiguration configuration, IHostEnvironment environment, string dataDirectory)
    {
        var section = configuration.GetSection(Section);
        var retired = section.GetSection("RetiredMasterKeys").Get<string[]>() ?? [];
        var retiredKeys = retired.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Decode).ToList();
        if (section["MasterKey"] is { Length: > 0 } configured)
        {
            return new PlatformKeys(Decode(configured), retiredKeys);
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"No master key: set {MasterKeySetting} (environment variable SmartRoom__Encryption__MasterKey) to base64 of 32 random bytes " +
                "('openssl rand -base64 32'), kept outside the database and its backups. It encrypts the Data Protection key ring, " +
                "wraps document keys and keys the audit trail; SmartRoom does not start without it outside Development.");
        }

        var folder = Path.Combine(dataDirectory, "keys");
        var file = Path.Combine(folder, DevelopmentKeyFile);
        byte[] key;
        if (File.Exists(file))
        {
            key = Decode(File.ReadAllText(file));
        }
        else
        {
            Directory.CreateDirectory(folder);
            key = RandomNumberGenerator.GetBytes(32);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(file, Encoding.ASCII, options))
            {
                writer.Write(Convert.ToBase64String(key));
            }
        }

        return new PlatformKeys(key, retiredKeys, isDevelopmentKey: true);
    }

    private static byte[] Decode(string encoded)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(encoded.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{Section}: a master key is not valid base64.");
        }

        return Check(key);
    }

    private static byte[] Check(byte[] key) =>
        key.Length == 32 ? key : throw new InvalidOperationException($"{Section}: a master key must be 32 bytes (base64 of 32 random bytes).");
}
