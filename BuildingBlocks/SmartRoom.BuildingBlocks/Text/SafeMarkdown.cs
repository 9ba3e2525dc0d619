using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace SmartRoom.BuildingBlocks.Text;

/// <summary>
/// The one way Markdown becomes HTML that a page may show: Markdig renders it, HtmlSanitizer then keeps only plain
/// markup, whatever the author typed. Links and images point only at <c>http</c>, <c>https</c>, <c>mailto</c> or a
/// relative address (images only at <c>https</c> or a relative one); a link that leaves the site gets
/// <c>rel="nofollow noopener noreferrer"</c>; no script, frame, form, SVG, MathML, style, object, embed, base, meta or
/// link element survives, nor any <c>style</c>, <c>class</c> or <c>on…</c> attribute. Headings carry stable ids made
/// from their text.
/// </summary>
public static class SafeMarkdown
{
    public const string ExternalLinkRel = "nofollow noopener noreferrer";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private static readonly string[] DroppedElements =
    [
        "script", "iframe", "frame", "frameset", "form", "input", "button", "select", "option", "optgroup", "textarea", "label",
        "fieldset", "legend", "datalist", "output", "svg", "math", "style", "object", "embed", "applet", "base", "meta", "link",
        "noscript", "template",
    ];

    // Configured once and only read afterwards: safe to share between threads.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The Markdown rendered and sanitised.</summary>
    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in (ReadOnlySpan<string>)["https", "http", "mailto"])
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        foreach (var element in DroppedElements)
        {
            sanitizer.AllowedTags.Remove(element);
        }

        // Only what Markdown produces; styles and classes are not needed to read a text, ids anchor its headings.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowDataAttributes = false;
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && e.Tag.LocalName == "img" && !IsHttpsOrRelative(url))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link && link.GetAttribute("href") is { } href && LeavesTheSite(href))
            {
                link.SetAttribute("rel", ExternalLinkRel);
            }
        };
        return sanitizer;
    }

    private static bool IsHttpsOrRelative(string url) =>
        url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || !HasScheme(url);

    private static bool LeavesTheSite(string href) =>
        href.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("//", StringComparison.Ordinal);

    private static bool HasScheme(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true; // protocol-relative: another host
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var boundary = url.IndexOfAny(['/', '?', '#']);
        return colon >= 0 && (boundary < 0 || colon < boundary);
    }
}
