using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Domain;
using SmartRoom.Modules.Privacy.Features.PublishFirstPolicy;

namespace SmartRoom.Modules.Privacy.Tests;

/// <summary>The policy's rules: the generated data-map section, sanitised rendering, the unified diff.</summary>
public sealed class PolicyRulesTests
{
    private static readonly DataCategory SignIns = new("identity.sign-in-history", "Identity", "Sign-in history",
        "Time, outcome, IP address and browser of each sign-in.", "Security.", "Legitimate interest.", "Nobody.", new RetentionRule(90, "the sign-in"));

    private static readonly DataCategory Accounts = new("identity.accounts", "Identity", "Accounts",
        "Email | display name.", "To run your account.", "Contract.", "Nobody.", new RetentionRule(null, "while the account exists"));

    [Fact]
    public void The_marker_line_becomes_a_table_row_per_declared_category()
    {
        var text = PolicyDataMapSection.Fill("# Policy\n\n  <!-- data-map -->  \n\nEnd.", new DataMap([SignIns, Accounts]));

        text.ShouldNotContain(PolicyDataMapSection.Marker);
        text.ShouldContain("| Data | What we keep | Why | Legal basis | Who receives it | How long |");
        text.ShouldContain("| Sign-in history | Time, outcome, IP address and browser of each sign-in. | Security. | Legitimate interest. | Nobody. | 90 days after the sign-in |");
        text.ShouldContain("| Accounts | Email \\| display name. |");
        text.ShouldContain("| while the account exists |");
        text.IndexOf("| Accounts |", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("| Sign-in history |", StringComparison.Ordinal));
        text.ShouldEndWith("\n\nEnd.");
    }

    [Fact]
    public void A_category_declared_after_publication_is_missing_from_the_published_text()
    {
        var published = PolicyDataMapSection.Fill("<!-- data-map -->", new DataMap([SignIns]));

        PolicyDataMapSection.MissingFrom(published, new DataMap([SignIns])).ShouldBeEmpty();
        PolicyDataMapSection.MissingFrom(published, new DataMap([SignIns, Accounts])).ShouldBe(["identity.accounts"]);
    }

    [Theory]
    [InlineData("# Policy\n<!-- data-map -->\n", true)]
    [InlineData("# Policy\r\n\t<!-- data-map -->\r\n", true)]
    [InlineData("# Policy\nSee <!-- data-map --> here\n", false)]
    [InlineData("# Policy\n<!-- datamap -->\n", false)]
    public void Only_a_line_of_its_own_is_the_marker(string text, bool hasMarker) =>
        PolicyDataMapSection.HasMarker(text).ShouldBe(hasMarker);

    [Theory]
    [InlineData(90, "the sign-in", "90 days after the sign-in")]
    [InlineData(1, "the request", "1 day after the request")]
    [InlineData(90, "after the sign-in attempt", "90 days after the sign-in attempt")]
    [InlineData(null, "while the account exists", "while the account exists")]
    public void Retention_reads_as_days_after_its_trigger(int? days, string trigger, string expected) =>
        PolicyDataMapSection.Retention(new RetentionRule(days, trigger)).ShouldBe(expected);

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=\"a.png\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"  JAVASCRIPT:alert(1)\">x</a>", "javascript")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "data:")]
    [InlineData("<svg onload=\"alert(1)\"></svg>", "onload")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>", "style")]
    [InlineData("<iframe src=\"https://evil.test\"></iframe>", "<iframe")]
    public void Nothing_executable_survives_rendering(string markdown, string forbidden) =>
        PolicyRendering.ToHtml(markdown).ShouldNotContain(forbidden, Case.Insensitive);

    [Fact]
    public void Rendering_keeps_what_a_policy_needs()
    {
        var html = PolicyRendering.ToHtml("# Title\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.test/) and privacy@example.test, [mail](mailto:dpo@example.test)");

        html.ShouldContain("<h1");
        html.ShouldContain("<table>");
        html.ShouldContain("<td>1</td>");
        html.ShouldContain("href=\"https://example.test/\"");
        html.ShouldContain("href=\"mailto:dpo@example.test\"");
    }

    [Fact]
    public void The_fingerprint_is_the_lower_case_hex_sha256_of_the_text() =>
        PolicyRendering.Hash("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    [Fact]
    public void The_diff_is_a_unified_diff_with_three_lines_of_context()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 5", "line five", StringComparison.Ordinal).Replace("line 18", "line 18\nline 18b", StringComparison.Ordinal);

        var diff = PolicyDiff.Unified(before, after, "version 1", "version 2");

        diff.ShouldBe(
            "--- version 1\n+++ version 2\n" +
            "@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n" +
            "@@ -16,5 +16,6 @@\n line 16\n line 17\n line 18\n+line 18b\n line 19\n line 20\n");
    }

    [Fact]
    public void Identical_texts_have_no_diff() =>
        PolicyDiff.Unified("a\nb", "a\r\nb", "version 1", "version 2").ShouldBeEmpty();

    [Fact]
    public async Task The_shipped_version_1_has_one_marker_and_covers_what_SmartRoom_stores()
    {
        var text = await PublishFirstPolicyHandler.ShippedTextAsync();

        text.Split('\n').Count(l => l.Trim() == PolicyDataMapSection.Marker).ShouldBe(1);
        foreach (var topic in (string[])["## What we collect, why, for how long, who receives it", "Sign-in history", "audit trail",
                     "delivery log", "Consents", "Policy acceptances", "Breach register", "## Your rights", "## Contact"])
        {
            text.ShouldContain(topic);
        }
    }
}
