using System.Security.Cryptography;
using System.Text;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Text at rest: UTF-8 sealed with AES-256-GCM under the room's key (<see cref="RoomKeys"/>), bound to the item's
/// id and the field's name as associated data, so a sealed value copied to another row or field does not open.
/// <see cref="Sha256"/> is the hex SHA-256 of the text, stored beside answers so an export can be checked.
/// </summary>
internal static class SealedText
{
    public static byte[] Seal(byte[] roomKey, Guid itemId, string field, string text) =>
        AesGcmBox.Seal(roomKey, Encoding.UTF8.GetBytes(text), Associated(itemId, field));

    public static string Open(byte[] roomKey, Guid itemId, string field, byte[] sealedText) =>
        Encoding.UTF8.GetString(AesGcmBox.Open(roomKey, sealedText, Associated(itemId, field)));

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static byte[] Associated(Guid itemId, string field) => Encoding.ASCII.GetBytes($"{itemId:N}/{field}");
}
