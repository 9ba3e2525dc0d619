using Microsoft.Extensions.Configuration;
using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Domain;

namespace SmartRoom.Modules.Privacy.Tests;

public sealed class RetentionScheduleTests
{
    private static readonly DataCategory SignIns = new("identity.sign-in-history", "Identity", "Sign-in history", "", "", "", "",
        new RetentionRule(90, "after the sign-in attempt"));

    private static readonly DataCategory Accounts = new("identity.accounts", "Identity", "Accounts", "", "", "", "",
        new RetentionRule(null, "while the account exists"));

    [Fact]
    public void A_configured_period_replaces_the_declared_one_and_says_so()
    {
        var schedule = Schedule(("SmartRoom:Privacy:Retention:identity.sign-in-history:Days", "30"));

        var categories = schedule.Categories();

        categories.Single(c => c.Key == SignIns.Key).ShouldBe(new ScheduledCategory(SignIns, 30, ScheduledCategory.Configured));
        categories.Single(c => c.Key == Accounts.Key).ShouldBe(new ScheduledCategory(Accounts, null, ScheduledCategory.Declared));
    }

    [Fact]
    public void A_category_kept_while_its_trigger_has_not_happened_can_be_given_a_period()
    {
        Schedule(("SmartRoom:Privacy:Retention:identity.accounts:Days", "0")).Categories()
            .Single(c => c.Key == Accounts.Key).Days.ShouldBe(0);
    }

    [Theory]
    [InlineData("ninety")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("90 days")]
    public void A_period_that_is_not_a_whole_number_of_days_stops_start_up_naming_the_setting(string value)
    {
        var configuration = Configuration(("SmartRoom:Privacy:Retention:identity.sign-in-history:Days", value));

        var refused = Should.Throw<InvalidOperationException>(() => RetentionSchedule.ValidateSettings(configuration));

        refused.Message.ShouldContain("SmartRoom:Privacy:Retention:identity.sign-in-history:Days");
    }

    [Fact]
    public void Whole_numbers_and_an_empty_section_pass_the_start_up_check()
    {
        RetentionSchedule.ValidateSettings(Configuration(("SmartRoom:Privacy:Retention:identity.sign-in-history:Days", "365")));
        RetentionSchedule.ValidateSettings(Configuration());
    }

    private static RetentionSchedule Schedule(params (string Key, string Value)[] settings) =>
        new(new DataMap([SignIns, Accounts]), Configuration(settings));

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
