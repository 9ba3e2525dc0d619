using AngleSharp.Html.Parser;
using SmartRoom.BuildingBlocks.Text;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.BuildingBlocks.Tests;

public sealed class SafeMarkdownTests
{
    public static TheoryData<string> Payloads => [.. XssCorpus.Payloads];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_payload_of_the_corpus_survives_as_anything_that_runs(string payload)
    {
        XssCorpus.AssertInert(SafeMarkdown.ToHtml(payload), payload);
        XssCorpus.AssertInert(SafeMarkdown.ToHtml($"# Heading\n\nSome text {payload} and more.\n\n- {payload}\n\n> {payload}"), payload);
    }

    [Theory]
    [InlineData("<p class=\"x\" style=\"color:red\" onclick=\"alert(1)\">x</p>", "class=")]
    [InlineData("<p class=\"x\" style=\"color:red\" onclick=\"alert(1)\">x</p>", "style=")]
    [InlineData("<p class=\"x\" style=\"color:red\" onclick=\"alert(1)\">x</p>", "onclick")]
    [InlineData("<form><input name=a></form>", "<form")]
    [InlineData("<form><input name=a></form>", "<input")]
    [InlineData("<svg><circle r=1 /></svg>", "<svg")]
    [InlineData("<math><mi>x</mi></math>", "<math")]
    [InlineData("<object data=\"https://x.example/a\"></object>", "<object")]
    [InlineData("<embed src=\"https://x.example/a\">", "<embed")]
    [InlineData("<base href=\"https://x.example/\">", "<base")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0\">", "<meta")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://x.example/a.css\">", "<link")]
    [InlineData("<style>p{}</style>", "<style")]
    [InlineData("<iframe src=\"https://x.example/\"></iframe>", "<iframe")]
    [InlineData("[ftp](ftp://files.example/a)", "ftp:")]
    [InlineData("[data](data:text/html,hello)", "data:")]
    [InlineData("<a href=\"vbscript:x\">v</a>", "vbscript")]
    public void Forbidden_markup_is_dropped(string markdown, string forbidden) =>
        SafeMarkdown.ToHtml(markdown).ShouldNotContain(forbidden, Case.Insensitive);

    [Fact]
    public void Links_keep_http_https_mailto_and_relative_addresses_and_those_leaving_the_site_get_nofollow()
    {
        var html = SafeMarkdown.ToHtml("[a](https://example.test/a) [b](http://example.test/b) [c](mailto:dpo@example.test) [d](/blog/other) [e](#part)");
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => (Href: a.GetAttribute("href"), Rel: a.GetAttribute("rel")));

        links["a"].ShouldBe(("https://example.test/a", SafeMarkdown.ExternalLinkRel));
        links["b"].ShouldBe(("http://example.test/b", SafeMarkdown.ExternalLinkRel));
        links["c"].ShouldBe(("mailto:dpo@example.test", null));
        links["d"].ShouldBe(("/blog/other", null));
        links["e"].ShouldBe(("#part", null));
    }

    [Fact]
    public void Images_are_kept_only_from_https_or_relative_addresses()
    {
        var html = SafeMarkdown.ToHtml("![a](https://img.example/a.png) ![b](http://img.example/b.png) ![c](/media/c.png) ![d](data:image/png;base64,AAAA)");
        var sources = new HtmlParser().ParseDocument(html).QuerySelectorAll("img").Select(i => (i.GetAttribute("alt"), i.GetAttribute("src"))).ToList();

        sources.ShouldContain(("a", "https://img.example/a.png"));
        sources.ShouldContain(("c", "/media/c.png"));
        sources.ShouldNotContain(s => s.Item2 != null && (s.Item2.StartsWith("http:", StringComparison.Ordinal) || s.Item2.StartsWith("data:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Headings_get_stable_ids_from_their_text()
    {
        var markdown = "# Getting started\n\n## What's new in 2026?\n\ntext";
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldContain("<h1 id=\"getting-started\">");
        html.ShouldContain("<h2 id=\"whats-new-in-2026\">");
        SafeMarkdown.ToHtml(markdown).ShouldBe(html);
    }

    [Fact]
    public void What_a_text_needs_is_kept()
    {
        var html = SafeMarkdown.ToHtml("Some *emphasis*, **strong**, `code`\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```\nblock\n```\n\n1. one\n2. two");

        html.ShouldContain("<em>emphasis</em>");
        html.ShouldContain("<strong>strong</strong>");
        html.ShouldContain("<code>code</code>");
        html.ShouldContain("<td>1</td>");
        html.ShouldContain("<pre><code>block");
        html.ShouldContain("<ol>");
    }
}
