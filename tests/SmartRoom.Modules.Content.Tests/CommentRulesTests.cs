using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.Modules.Content.Tests;

public sealed class CommentRulesTests
{
    [Theory]
    [InlineData("No links here, just words.", 0)]
    [InlineData("See https://example.test/a", 1)]
    [InlineData("See http://example.test", 1)]
    [InlineData("HTTPS://EXAMPLE.TEST/LOUD", 1)]
    [InlineData("Go to www.example.test now", 1)]
    [InlineData("A bare domain with a path: example.test/offer", 1)]
    [InlineData("A bare domain people know: cheap-pills.com", 1)]
    [InlineData("Subdomains too: shop.cheap-pills.net.", 1)]
    [InlineData("One address counts once: https://www.example.com/a?b=c", 1)]
    [InlineData("Two: https://a.example/1 and www.b.example", 2)]
    [InlineData("Three: http://a.example/ www.b.example c.example/x", 3)]
    [InlineData("Mail me at someone@example.com", 0)]
    [InlineData("Written in Node.js and ASP.NET Core, e.g. for i.e. speed.", 1)] // asp.net is a domain people know
    [InlineData("Version 1.2.3 and 3.14 are numbers", 0)]
    [InlineData("javascript:alert(1)", 0)]
    [InlineData("<SCRIPT SRC=//xss.example/.j>", 1)]
    [InlineData("A code comment // not a link", 0)]
    public void Links_are_counted_in_every_spelling_a_spammer_uses_and_once_each(string text, int links)
    {
        CommentText.CountLinks(text).ShouldBe(links);
    }

    [Theory]
    [InlineData("Great post, thanks!", "great post thanks")]
    [InlineData("  GREAT\tpost\n\nthanks  ", "great post thanks")]
    [InlineData("great... post;;; thanks?!", "great post thanks")]
    [InlineData("Ｇｒｅａｔ ｐｏｓｔ", "great post")] // full-width letters fold to ASCII
    [InlineData("great\u200B post", "great post")] // a zero-width space does not make a new text
    [InlineData("Café crème", "café crème")]
    [InlineData("$$$ money $$$", "money")]
    [InlineData("!!!", "")]
    public void Texts_are_compared_with_case_spacing_punctuation_and_symbols_folded(string text, string normal)
    {
        CommentText.Normalise(text).ShouldBe(normal);
    }

    [Fact]
    public void Texts_that_differ_in_words_stay_different()
    {
        CommentText.Normalise("great post").ShouldNotBe(CommentText.Normalise("great posts"));
        CommentText.Normalise("comment 1").ShouldNotBe(CommentText.Normalise("comment 2"));
    }

    [Theory]
    [InlineData("Plain text.\nWith lines\r\nand\ttabs.", true)]
    [InlineData("Emoji are fine 😀", true)]
    [InlineData("bell\u0007", false)]
    [InlineData("nul\u0000", false)]
    [InlineData("escape\u001b[31m", false)]
    [InlineData("right-to-left override \u202E", false)]
    [InlineData("isolate \u2066", false)]
    public void Plain_text_refuses_control_characters_direction_overrides_and_broken_Unicode(string text, bool acceptable)
    {
        (CommentText.Problem(text) is null).ShouldBe(acceptable);
    }

    [Fact]
    public void Broken_Unicode_is_refused_and_a_proper_pair_is_not()
    {
        // Built here: a lone surrogate does not survive as test data.
        CommentText.Problem("lone " + new string('\uD800', 1) + " surrogate").ShouldNotBeNull();
        CommentText.Problem("reversed " + new string(['\uDE00', '\uD83D'])).ShouldNotBeNull();
        CommentText.Problem("trailing high " + new string('\uD83D', 1)).ShouldNotBeNull();
        CommentText.Problem("a pair " + new string(['\uD83D', '\uDE00'])).ShouldBeNull();
    }
}
