using SmartRoom.Modules.Privacy.Domain;

namespace SmartRoom.Modules.Privacy.Tests;

public sealed class ConsentRulesTests
{
    [Theory]
    [InlineData("203.0.113.77", "203.0.113.0/24")]
    [InlineData("10.1.2.3", "10.1.2.0/24")]
    [InlineData("::ffff:198.51.100.9", "198.51.100.0/24")]
    [InlineData("2001:db8:abcd:12:3456:789a:bcde:f012", "2001:db8:abcd::/48")]
    [InlineData("2001:db8::1", "2001:db8::/48")]
    [InlineData("::1", "::/48")]
    public void The_ledger_keeps_only_the_network_of_an_address(string address, string kept) =>
        TruncatedAddress.From(address).ShouldBe(kept);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an address")]
    public void No_readable_address_keeps_nothing(string? address) => TruncatedAddress.From(address).ShouldBeNull();

    [Theory]
    [InlineData(null, 0, 1, "not-asked")]
    [InlineData("Granted", 1, 1, "granted")]
    [InlineData("Granted", 2, 1, "granted")] // consent to a later minor version counts
    [InlineData("Granted", 1, 2, "needs-reconsent")]
    [InlineData("Withdrawn", 1, 2, "withdrawn")] // a withdrawal stays one whatever the text says now
    [InlineData("Withdrawn", 2, 2, "withdrawn")]
    public void The_state_is_derived_from_the_latest_decision_and_the_latest_material_version(
        string? decision, int versionGiven, int materialVersion, string state) =>
        ConsentStates.Derive(decision is null ? null : Enum.Parse<ConsentDecision>(decision), versionGiven, materialVersion).ShouldBe(state);

    [Fact]
    public void Only_a_granted_state_counts_as_consent() =>
        new[] { ConsentStates.Withdrawn, ConsentStates.NeedsReconsent, ConsentStates.NotAsked }.ShouldNotContain(ConsentStates.Granted);

    [Fact]
    public void Every_purpose_ships_a_first_version_and_cookies_are_for_visitors()
    {
        ConsentPurposeTexts.FirstVersions.Select(p => p.Key).ShouldBe(SmartRoom.Modules.Privacy.Contracts.ConsentPurposes.All, ignoreOrder: true);
        ConsentPurposeTexts.FirstVersions.Where(p => ConsentPurposeTexts.CookiePurposes.Contains(p.Key))
            .ShouldAllBe(p => p.Audience == ConsentAudience.Visitor);
        ConsentPurposeTexts.Hash("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
