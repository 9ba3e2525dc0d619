using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.Modules.Content.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Closing a deal in 30 days", "closing-a-deal-in-30-days")]
    [InlineData("  Déjà vu: Ünïcode & Ærø!  ", "deja-vu-unicode-aero")]
    [InlineData("Straße -- über   alles", "strasse-uber-alles")]
    [InlineData("M&A", "m-a")]
    [InlineData("<script>alert('x')</script>", "script-alert-x-script")]
    [InlineData("!!!", "")]
    [InlineData("日本語", "")]
    public void A_slug_is_lower_case_ascii_words_joined_by_hyphens(string text, string slug)
    {
        Slugs.From(text).ShouldBe(slug);
        if (slug.Length > 0)
        {
            Slugs.IsValid(slug).ShouldBeTrue();
        }
    }

    [Fact]
    public void A_long_title_is_cut_at_a_word_within_80_characters()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("word", 40)));

        slug.Length.ShouldBeLessThanOrEqualTo(Slugs.MaxLength);
        slug.ShouldEndWith("word");
        Slugs.IsValid(slug).ShouldBeTrue();
        Slugs.From(new string('x', 200)).Length.ShouldBe(Slugs.MaxLength);
    }

    [Theory]
    [InlineData("a-b-c", true)]
    [InlineData("post-2", true)]
    [InlineData("A-b", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    [InlineData("ü", false)]
    public void Only_well_formed_slugs_are_valid(string slug, bool valid) => Slugs.IsValid(slug).ShouldBe(valid);

    [Fact]
    public void Tags_are_slugged_trimmed_and_kept_once_per_slug_with_the_first_spelling()
    {
        PostWriting.Tags([" Due Diligence ", "due-diligence", "M&A", "!!!"])
            .ShouldBe([("due-diligence", "Due Diligence"), ("m-a", "M&A")]);
    }
}
