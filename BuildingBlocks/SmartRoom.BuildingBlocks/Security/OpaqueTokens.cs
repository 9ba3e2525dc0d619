using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Single-use secrets handed out in links (invitations, unsubscribe): 256 random bits, URL-safe. Only
/// their SHA-256 is stored, so a database read does not yield working links.
/// </summary>
public static class OpaqueTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
