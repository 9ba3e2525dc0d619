using Xunit.Abstractions;

namespace SmartRoom.ArchitectureTests;

/// <summary>A slice never references another slice's types (shared shapes live in Views/, shared rules in Domain/).</summary>
public sealed class SliceIsolationTests(ITestOutputHelper output)
{
    [Fact]
    public void No_slice_of_any_module_references_another_slice()
    {
        foreach (var module in Solution.Modules)
        {
            var violations = SliceIsolationRule.Violations(module, module.GetName().Name!);
            violations.ToList().ForEach(v => output.WriteLine(v));
            violations.ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("Identity", 15)]
    [InlineData("DealRooms", 40)]
    [InlineData("Notifications", 8)]
    public void Every_built_module_is_cut_into_slices(string module, int atLeast)
    {
        var assembly = Solution.Modules.Single(a => Solution.ModuleName(a) == module);
        SliceIsolationRule.Slices(assembly, assembly.GetName().Name!).Count.ShouldBeGreaterThanOrEqualTo(atLeast);
    }

    [Fact]
    public void The_rule_reports_a_slice_that_reaches_into_another()
    {
        var root = "SmartRoom.ArchitectureTests.Planted";
        SliceIsolationRule.Slices(typeof(SliceIsolationTests).Assembly, root).Count.ShouldBe(3);

        var violations = SliceIsolationRule.Violations(typeof(SliceIsolationTests).Assembly, root);

        violations.ShouldHaveSingleItem().ShouldStartWith($"{root}.Features.PlantedLeaky.PlantedLeakyHandler");
    }
}
