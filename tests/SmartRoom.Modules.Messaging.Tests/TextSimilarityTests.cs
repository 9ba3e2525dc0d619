using SmartRoom.Modules.Messaging.Domain;

namespace SmartRoom.Modules.Messaging.Tests;

public sealed class TextSimilarityTests
{
    private static readonly string[] Corpus =
    [
        "What is the remaining term of the lease on the Rotterdam warehouse?",
        "Are there any pending lawsuits against the company or its directors?",
        "Please share the audited financial statements for 2024.",
        "Who are the ten largest customers by revenue?",
        "Does the company hold any patents on the packaging process?",
    ];

    [Fact]
    public void Tokens_are_lower_cased_without_punctuation_stop_words_or_plural_endings()
    {
        TextSimilarity.Tokens("What are the company's LEASES, contracts and warehouses?!")
            .ShouldBe(["company", "lease", "contract", "warehouse"]);
    }

    [Fact]
    public void Similar_wording_scores_high_without_being_equal()
    {
        var scores = TextSimilarity.Score("How long does the Rotterdam warehouse lease still run?", Corpus);

        scores[0].ShouldBeGreaterThan(0.4);
        scores[0].ShouldBeLessThan(1.0);
        scores.Skip(1).ShouldAllBe(s => s < 0.1);
    }

    [Fact]
    public void Unrelated_text_scores_low()
    {
        TextSimilarity.Score("Is the sky blue on Tuesdays?", Corpus).ShouldAllBe(s => s < 0.05);
    }

    [Fact]
    public void Word_order_does_not_matter()
    {
        var forward = TextSimilarity.Score("pending lawsuits against directors", Corpus);
        var backward = TextSimilarity.Score("directors against lawsuits pending", Corpus);

        backward.ShouldBe(forward);
        forward[1].ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void The_same_text_scores_one_and_nothing_in_common_scores_zero()
    {
        var scores = TextSimilarity.Score(Corpus[2], Corpus);

        scores[2].ShouldBe(1.0, 1e-9);
        scores[3].ShouldBe(0.0);
        TextSimilarity.Score("the of and", Corpus).ShouldAllBe(s => s == 0.0);
    }

    [Fact]
    public void Telling_rare_words_weigh_more_than_words_every_text_shares()
    {
        string[] corpus =
        [
            "company revenue company customers",
            "company revenue company suppliers",
            "company revenue company patents",
        ];

        var scores = TextSimilarity.Score("company suppliers", corpus);

        scores[1].ShouldBeGreaterThan(scores[0] * 2);
        scores[1].ShouldBeGreaterThan(scores[2] * 2);
    }
}
