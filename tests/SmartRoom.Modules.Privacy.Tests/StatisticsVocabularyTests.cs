using Microsoft.Extensions.Configuration;
using SmartRoom.Modules.Privacy.Domain;

namespace SmartRoom.Modules.Privacy.Tests;

public sealed class StatisticsVocabularyTests
{
    [Theory]
    [InlineData("Term sheet.PDF", "pdf")]
    [InlineData("model.xlsx", "spreadsheet")]
    [InlineData("minutes.docx", "word-processing")]
    [InlineData("deck.pptx", "presentation")]
    [InlineData("site.JPEG", "image")]
    [InlineData("plans.dwg", "other")]
    [InlineData("=HYPERLINK(\"x\").exe", "other")]
    [InlineData("no extension", "other")]
    public void A_file_counts_by_its_broad_type_never_its_exact_extension(string name, string type) =>
        UsageMeasures.FileType(name).ShouldBe(type);

    [Theory]
    [InlineData("Manager", "manager")]
    [InlineData("Viewer", "viewer")]
    [InlineData("Contributor", "contributor")]
    [InlineData("@Custom", "other")]
    public void A_room_role_counts_in_the_fixed_vocabulary(string role, string dimension) =>
        UsageMeasures.Role(role).ShouldBe(dimension);

    [Theory]
    [InlineData("2026-01", 202601)]
    [InlineData("2026-12", 202612)]
    public void A_month_is_read_as_yyyy_MM(string text, int month)
    {
        UsageMonth.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(month);
        UsageMonth.Format(month).ShouldBe(text);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("26-01")]
    [InlineData("1999-12")]
    [InlineData("2026/01")]
    [InlineData("+026-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_month(string? text) => UsageMonth.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Months_count_across_years()
    {
        UsageMonth.Add(202601, -1).ShouldBe(202512);
        UsageMonth.Add(202512, 1).ShouldBe(202601);
        UsageMonth.Add(202606, -11).ShouldBe(202507);
        UsageMonth.Span(202507, 202606).ShouldBe(12);
        UsageMonth.Of(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-2))).ShouldBe(202612);
    }

    [Fact]
    public void Thresholds_default_to_ten_and_three_and_below_two_stop_start_up()
    {
        var defaults = StatisticsOptions.From(Configuration());
        (defaults.K, defaults.MinRooms).ShouldBe((10, 3));
        StatisticsOptions.From(Configuration(("K", "25"))).K.ShouldBe(25);
        Should.Throw<InvalidOperationException>(() => StatisticsOptions.From(Configuration(("K", "1"))));
        Should.Throw<InvalidOperationException>(() => StatisticsOptions.From(Configuration(("MinRooms", "1"))));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{StatisticsOptions.Section}:{s.Key}", s.Value)))
            .Build();
}
