using System.Security.Cryptography;
using System.Text;
using Ganss.Xss;
using Markdig;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The published form of a policy text: Markdown rendered to HTML and then sanitised (no script, no event
/// handler, no <c>javascript:</c> link, whatever the author typed), and the SHA-256 fingerprint of the text.
/// </summary>
internal static class PolicyRendering
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    // Configured once and only read afterwards: safe to share between threads.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in (ReadOnlySpan<string>)["https", "http", "mailto"])
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Only what Markdown produces; styles and classes are not needed to read a policy.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedAttributes.Add("id");
        return sanitizer;
    }
}
