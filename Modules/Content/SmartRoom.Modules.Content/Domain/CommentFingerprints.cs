using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Keyed hashes (HMAC-SHA256, keys derived from the platform master key, one per purpose) that let comments be
/// counted per client address and compared for duplicates without keeping either: the address is reduced to the
/// unit limits count against (<see cref="ClientNetwork.PartitionKey"/>: an IPv4 address or an IPv6 /64) and hashed; the
/// text is normalised (<see cref="CommentText.Normalise"/>) and hashed. Without the master key, which never sits in
/// the database, neither hash can be matched against guessed addresses or texts. A new master key starts new hashes:
/// limits and duplicate windows then restart, nothing else depends on them.
/// </summary>
internal sealed class CommentFingerprints(PlatformKeys keys)
{
    private const string AddressPurpose = "content/comment-address";
    private const string BodyPurpose = "content/comment-body";

    public string Address(string? ipAddress) =>
        Hash(AddressPurpose, ClientNetwork.PartitionKey(IPAddress.TryParse(ipAddress, out var ip) ? ip : null));

    public string Body(string body) => Hash(BodyPurpose, CommentText.Normalise(body));

    private string Hash(string purpose, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.Derive(purpose), Encoding.UTF8.GetBytes(value)));
}
