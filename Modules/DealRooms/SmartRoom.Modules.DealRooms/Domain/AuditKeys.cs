using System.Collections.Concurrent;
using System.Numerics;
using System.Security.Cryptography;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// The audit chain's keys, all derived from the master key (never stored in the database): the chain key
/// that MACs every record, the head key that MACs each room's chain head, and the ECDSA P-256 key that signs
/// checkpoints. Each exists for every configured master key, so records, heads and checkpoints made under a
/// retired master key (<c>RetiredMasterKeys</c>) still verify after a rotation.
/// </summary>
internal sealed class AuditKeys(PlatformKeys keys)
{
    public const string ChainPurpose = "dealrooms/audit-chain";
    public const string HeadPurpose = "dealrooms/audit-chain-head";
    public const string SigningPurpose = "dealrooms/audit-checkpoint-signing";

    // secp256r1 group order n.
    private static readonly BigInteger Order = BigInteger.Parse(
        "0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    private readonly ConcurrentDictionary<string, ECParameters?> _signing = new();

    public string ActiveKeyId => keys.ActiveKeyId;

    public IReadOnlyCollection<string> KeyIds => keys.KeyIds;

    public byte[]? ChainKey(string keyId) => keys.Derive(keyId, ChainPurpose);

    public byte[]? HeadKey(string keyId) => keys.Derive(keyId, HeadPurpose);

    /// <summary>
    /// The checkpoint signing key of a master key, or null when that master key is not configured. Deterministic:
    /// the private scalar is HKDF output (purpose <see cref="SigningPurpose"/>, then a counter byte appended
    /// to the purpose until it lies in [1, n−1]) read as a big-endian integer; the public point follows from it.
    /// A new instance per call (dispose it): ECDsa objects are not shared between threads.
    /// </summary>
    public ECDsa? SigningKey(string keyId) => SigningParameters(keyId) is { } parameters ? ECDsa.Create(parameters) : null;

    private ECParameters? SigningParameters(string keyId) => _signing.GetOrAdd(keyId, id =>
    {
        for (var counter = 0; counter < 256; counter++)
        {
            var d = keys.Derive(id, counter == 0 ? SigningPurpose : $"{SigningPurpose}/{counter}");
            if (d is null)
            {
                return null;
            }

            var scalar = new BigInteger(d, isUnsigned: true, isBigEndian: true);
            if (scalar.IsZero || scalar >= Order)
            {
                continue;
            }

            using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = d });
            return key.ExportParameters(includePrivateParameters: true);
        }

        throw new CryptographicException("No valid P-256 scalar could be derived.");
    });
}
