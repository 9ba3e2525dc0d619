using NetArchTest.Rules;

namespace SmartRoom.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private static readonly string[] ModuleNames = ["Identity", "DealRooms", "Messaging", "Privacy", "Content", "Notifications"];

    [Fact]
    public void All_six_modules_exist_with_their_contracts()
    {
        Solution.Modules.Select(Solution.ModuleName).ShouldBe(ModuleNames, ignoreOrder: true);
        Solution.Contracts.Select(Solution.ModuleName).ShouldBe(ModuleNames, ignoreOrder: true);
    }

    [Fact]
    public void A_module_references_only_building_blocks_and_contracts()
    {
        Solution.Modules.ShouldNotBeEmpty();
        foreach (var module in Solution.Modules)
        {
            var forbidden = Solution.SmartRoomReferences(module)
                .Where(r => !r.StartsWith("SmartRoom.BuildingBlocks", StringComparison.Ordinal) && !Solution.IsContracts(r))
                .ToList();
            forbidden.ShouldBeEmpty($"{module.GetName().Name} may reach other modules only through their .Contracts");
        }
    }

    [Fact]
    public void Contracts_reference_only_the_shared_contracts_and_no_packages()
    {
        Solution.Contracts.ShouldNotBeEmpty();
        foreach (var contracts in Solution.Contracts)
        {
            var references = contracts.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            references.Where(r => r.StartsWith("SmartRoom.", StringComparison.Ordinal))
                .ShouldAllBe(r => r == "SmartRoom.BuildingBlocks.Contracts");
            references.Where(r => !r.StartsWith("SmartRoom.", StringComparison.Ordinal))
                .ShouldAllBe(r => r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard" || r == "mscorlib");
        }
    }

    [Fact]
    public void Building_blocks_know_no_module()
    {
        var buildingBlocks = Solution.All.Where(a => a.GetName().Name!.StartsWith("SmartRoom.BuildingBlocks", StringComparison.Ordinal)).ToList();
        buildingBlocks.Count.ShouldBe(2, "SmartRoom.BuildingBlocks and SmartRoom.BuildingBlocks.Contracts");
        foreach (var assembly in buildingBlocks)
        {
            Types.InAssembly(assembly).GetTypes().ShouldNotBeEmpty();
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn("SmartRoom.Modules").GetResult();
            (result.FailingTypeNames ?? []).ShouldBeEmpty();
        }
    }

    [Fact]
    public void The_shared_contracts_have_no_package_references()
    {
        var shared = Solution.All.Single(a => a.GetName().Name == "SmartRoom.BuildingBlocks.Contracts");
        shared.GetReferencedAssemblies().Select(a => a.Name!)
            .ShouldAllBe(r => r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard");
    }

    [Fact]
    public void A_module_exposes_only_its_entry_points_adapters_and_jobs()
    {
        Solution.Modules.ShouldNotBeEmpty();
        foreach (var module in Solution.Modules)
        {
            var name = Solution.ModuleName(module);
            var exposed = module.GetExportedTypes()
                .Where(t => t.FullName != $"SmartRoom.Modules.{name}.{name}Module")
                .Where(t => t.Namespace != $"SmartRoom.Modules.{name}.IntegrationEvents")
                .Where(t => t.Namespace != $"SmartRoom.Modules.{name}.Jobs")
                // Razor always compiles a component to a public class (no directive makes it internal); components
                // receive their models as private cascading parameters, so no internal type leaks through them.
                .Where(t => !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))
                .Select(t => t.FullName)
                .ToList();
            exposed.ShouldBeEmpty($"{module.GetName().Name} keeps everything else internal");
        }
    }

    [Fact]
    public void Each_module_has_its_entry_points()
    {
        Solution.Modules.ShouldNotBeEmpty();
        foreach (var module in Solution.Modules)
        {
            var name = Solution.ModuleName(module);
            var entry = module.GetType($"SmartRoom.Modules.{name}.{name}Module", throwOnError: true)!;
            entry.GetMethod($"Add{name}Module").ShouldNotBeNull();
            entry.GetMethod($"Map{name}Endpoints").ShouldNotBeNull();
        }
    }
}
