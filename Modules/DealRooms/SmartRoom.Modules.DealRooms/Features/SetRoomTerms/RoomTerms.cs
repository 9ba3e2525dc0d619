using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.Modules.DealRooms.Features.SetRoomTerms;

/// <summary>The terms' fingerprint: SHA-256 of the UTF-8 text with LF line ends, lower-case hex.</summary>
internal static class RoomTerms
{
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
