using Microsoft.Extensions.Configuration;
using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.Modules.Content.Tests;

public sealed class RemovalRequestOptionsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Requests_are_decided_within_30_days_and_reminded_3_days_before_unless_configured()
    {
        RemovalRequestOptions.From(Settings()).ShouldBe(new RemovalRequestOptions(30, 3));
        RemovalRequestOptions.From(Settings(("SmartRoom:Content:RemovalRequests:DecideWithinDays", "14"), ("SmartRoom:Content:RemovalRequests:RemindDaysBefore", "2")))
            .ShouldBe(new RemovalRequestOptions(14, 2));
    }

    [Theory]
    [InlineData("0", "3")]
    [InlineData("400", "3")]
    [InlineData("10", "10")]
    [InlineData("10", "-1")]
    public void A_deadline_or_reminder_that_makes_no_sense_stops_the_start(string decide, string remind) =>
        Should.Throw<InvalidOperationException>(() => RemovalRequestOptions.From(Settings(
            ("SmartRoom:Content:RemovalRequests:DecideWithinDays", decide), ("SmartRoom:Content:RemovalRequests:RemindDaysBefore", remind))));

    [Fact]
    public void Moderation_addresses_are_a_list_or_one_separated_value_and_must_be_addresses()
    {
        ModerationTeamOptions.From(Settings(("SmartRoom:Content:ModerationAddresses", "blog@rooms.example; Blog@rooms.example, team@rooms.example")))
            .Addresses.ShouldBe(["blog@rooms.example", "team@rooms.example"]);
        ModerationTeamOptions.From(Settings(("SmartRoom:Content:ModerationAddresses:0", "a@rooms.example"), ("SmartRoom:Content:ModerationAddresses:1", "b@rooms.example")))
            .Addresses.ShouldBe(["a@rooms.example", "b@rooms.example"]);
        Should.Throw<InvalidOperationException>(() => ModerationTeamOptions.From(Settings(("SmartRoom:Content:ModerationAddresses", "not an address"))));
    }
}
