using Microsoft.Extensions.Configuration;
using SmartRoom.Modules.Privacy.Domain;

namespace SmartRoom.Modules.Privacy.Tests;

/// <summary>The rules of the breach register: the 72-hour clock, its thresholds, closing late, field rules, the team's addresses.</summary>
public sealed class BreachRegisterTests
{
    private static readonly DateTimeOffset Aware = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static BreachEntry Breach(bool notifiable = true, DateTimeOffset? toldRegulator = null, DateTimeOffset? closed = null) => new()
    {
        Id = Guid.NewGuid(), BreachId = Guid.NewGuid(), Seq = 1, Kind = BreachEntryKinds.Registered, Reference = "BR-20261130-000001",
        DetectedAt = Aware.AddHours(-1), AwareAt = Aware, SaDueAt = BreachClock.SaDueAt(Aware), Nature = "n", Categories = "Names", Consequences = "c",
        Measures = "m", DpoContact = "dpo@example.test", Role = BreachRules.Controller, Notifiable = notifiable,
        NotNotifiableReason = notifiable ? null : "no risk", RegulatorNotifiedAt = toldRegulator, ClosedAt = closed,
    };

    [Fact]
    public void The_regulator_is_due_72_hours_after_awareness() =>
        BreachClock.SaDueAt(Aware).ShouldBe(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(23.9, new int[0])]
    [InlineData(24, new[] { 24 })]
    [InlineData(47.99, new[] { 24 })]
    [InlineData(48, new[] { 24, 48 })]
    [InlineData(60, new[] { 24, 48, 60 })]
    [InlineData(71.99, new[] { 24, 48, 60 })]
    [InlineData(72, new[] { 24, 48, 60, 72 })]
    [InlineData(500, new[] { 24, 48, 60, 72 })]
    public void The_clock_passes_its_thresholds_at_24_48_60_and_72_hours(double hours, int[] passed) =>
        BreachClock.Passed(Breach(), Aware.AddHours(hours)).ShouldBe(passed);

    [Fact]
    public void The_clock_stops_for_a_breach_the_regulator_knows_of_one_that_is_closed_or_one_that_is_not_notifiable()
    {
        var late = Aware.AddHours(80);
        BreachClock.Passed(Breach(toldRegulator: Aware.AddHours(10)), late).ShouldBeEmpty();
        BreachClock.Passed(Breach(closed: Aware.AddHours(10)), late).ShouldBeEmpty();
        BreachClock.Passed(Breach(notifiable: false), late).ShouldBeEmpty();
        BreachClock.HoursLeft(Breach(toldRegulator: Aware), late).ShouldBeNull();
    }

    [Theory]
    [InlineData(0, "open", 72)]
    [InlineData(1.5, "open", 70)]
    [InlineData(71.5, "open", 0)]
    [InlineData(72, "overdue", 0)]
    [InlineData(75.5, "overdue", -4)]
    public void Status_and_whole_hours_left_follow_the_clock(double hours, string status, int left)
    {
        BreachClock.Status(Breach(), Aware.AddHours(hours)).ShouldBe(status);
        BreachClock.HoursLeft(Breach(), Aware.AddHours(hours)).ShouldBe(left);
    }

    [Fact]
    public void Statuses_of_breaches_whose_clock_does_not_run()
    {
        BreachClock.Status(Breach(toldRegulator: Aware), Aware.AddHours(100)).ShouldBe("regulator-notified");
        BreachClock.Status(Breach(notifiable: false), Aware.AddHours(100)).ShouldBe("not-notifiable");
        BreachClock.Status(Breach(toldRegulator: Aware, closed: Aware.AddHours(1)), Aware.AddHours(100)).ShouldBe("closed");
    }

    [Fact]
    public void A_delay_reason_is_needed_only_for_a_notifiable_breach_notified_after_the_deadline_or_never()
    {
        BreachClock.NeedsDelayReason(Breach()).ShouldBeTrue("never notified");
        BreachClock.NeedsDelayReason(Breach(toldRegulator: Aware.AddHours(72).AddSeconds(1))).ShouldBeTrue("one second late");
        BreachClock.NeedsDelayReason(Breach(toldRegulator: Aware.AddHours(72))).ShouldBeFalse("on the deadline");
        BreachClock.NeedsDelayReason(Breach(notifiable: false)).ShouldBeFalse();
    }

    [Fact]
    public void Whole_state_rules_refuse_awareness_before_detection_future_times_and_an_unexplained_non_notifiable_breach()
    {
        var now = Aware.AddHours(5);
        BreachRules.Check(Breach(), now).ShouldBeNull();
        BreachRules.Check(Breach() with { AwareAt = Aware.AddHours(-2) }, now)!.Keys.ShouldBe(["awareAt"]);
        BreachRules.Check(Breach() with { DetectedAt = Aware.AddHours(6), AwareAt = Aware.AddHours(7) }, now)!.Keys.ShouldContain("detectedAt");
        BreachRules.Check(Breach() with { Notifiable = false, NotNotifiableReason = " " }, now)!.Keys.ShouldBe(["notNotifiableReason"]);
    }

    [Fact]
    public void Categories_are_one_line_each_and_kept_once()
    {
        BreachRules.AreCategories(["Names", "Emails"]).ShouldBeTrue();
        BreachRules.AreCategories([]).ShouldBeFalse();
        BreachRules.AreCategories(null).ShouldBeFalse();
        BreachRules.AreCategories(["Names\r\nEmails"]).ShouldBeFalse();
        BreachRules.AreCategories([new string('x', 201)]).ShouldBeFalse();
        BreachRules.AreCategories(Enumerable.Range(0, 51).Select(i => $"c{i}").ToList()).ShouldBeFalse();
        BreachRules.Join([" Names ", "Emails", "Names"]).ShouldBe("Names\nEmails");
    }

    [Fact]
    public void An_entry_after_a_change_keeps_the_facts_and_takes_the_next_number()
    {
        var first = Breach();
        var next = first.Next(BreachEntryKinds.Updated, Aware.AddHours(2), Guid.NewGuid(), "more known", ["nature"]) with { Nature = "n2" };

        next.Seq.ShouldBe(2);
        next.BreachId.ShouldBe(first.BreachId);
        next.Id.ShouldNotBe(first.Id);
        next.Reference.ShouldBe(first.Reference);
        next.Changed.ShouldBe("nature");
        first.Nature.ShouldBe("n", "the earlier entry is untouched");
    }

    [Theory]
    [InlineData("dpo@example.test; desk@example.test", new[] { "dpo@example.test", "desk@example.test" })]
    [InlineData("dpo@example.test,DPO@example.test", new[] { "dpo@example.test" })]
    [InlineData("", new string[0])]
    public void Team_addresses_come_from_one_value_separated_by_commas_or_semicolons(string value, string[] expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(PrivacyTeamOptions.Key, value)]).Build();
        PrivacyTeamOptions.From(configuration).TeamAddresses.ShouldBe(expected);
    }

    [Fact]
    public void Team_addresses_come_from_a_list_too_and_a_wrong_one_stops_start_up()
    {
        var list = new ConfigurationBuilder().AddInMemoryCollection(
            [new($"{PrivacyTeamOptions.Key}:0", "dpo@example.test"), new($"{PrivacyTeamOptions.Key}:1", "desk@example.test")]).Build();
        PrivacyTeamOptions.From(list).TeamAddresses.ShouldBe(["dpo@example.test", "desk@example.test"]);

        var wrong = new ConfigurationBuilder().AddInMemoryCollection([new(PrivacyTeamOptions.Key, "dpo@example.test; not an address")]).Build();
        Should.Throw<InvalidOperationException>(() => PrivacyTeamOptions.From(wrong)).Message.ShouldContain("not an address");
    }
}
