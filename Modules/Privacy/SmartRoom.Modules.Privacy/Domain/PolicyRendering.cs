using System.Security.Cryptography;
using System.Text;
using SmartRoom.BuildingBlocks.Text;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The published form of a policy text: Markdown rendered to HTML and then sanitised by the platform's one renderer
/// (<see cref="SafeMarkdown"/>: no script, no event handler, no <c>javascript:</c> link, whatever the author typed),
/// and the SHA-256 fingerprint of the text.
/// </summary>
internal static class PolicyRendering
{
    public static string ToHtml(string markdown) => SafeMarkdown.ToHtml(markdown);

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
