namespace SmartRoom.ArchitectureTests;

public sealed class ModuleReferenceTests
{
    [Fact]
    public void Privacy_reaches_other_modules_only_through_their_contracts()
    {
        var privacy = Solution.Modules.Single(m => Solution.ModuleName(m) == "Privacy");
        var compiled = Solution.SmartRoomReferences(privacy).ToList();
        var declared = ModuleReferenceRule.ProjectReferences(File.ReadAllText(ModuleReferenceRule.ProjectFile("Privacy")));

        ModuleReferenceRule.Violations(compiled).ShouldBeEmpty();
        ModuleReferenceRule.Violations(declared).ShouldBeEmpty();
        // It does use other modules — through their contracts — so the checks above had something to judge.
        compiled.ShouldContain("SmartRoom.Modules.Identity.Contracts");
        declared.ShouldContain("SmartRoom.Modules.DealRooms.Contracts");
    }

    [Fact]
    public void No_module_project_references_another_module_itself()
    {
        Solution.Modules.ShouldNotBeEmpty();
        foreach (var module in Solution.Modules)
        {
            var name = Solution.ModuleName(module);
            var declared = ModuleReferenceRule.ProjectReferences(File.ReadAllText(ModuleReferenceRule.ProjectFile(name)));
            ModuleReferenceRule.Violations(declared).ShouldBeEmpty($"{name}'s project file");
        }
    }

    [Fact]
    public void The_rule_reports_a_module_referenced_directly_in_the_assembly_or_the_project_file()
    {
        ModuleReferenceRule.Violations(["SmartRoom.BuildingBlocks", "SmartRoom.Modules.Identity.Contracts", "SmartRoom.Modules.Identity", "System.Runtime"])
            .ShouldBe(["SmartRoom.Modules.Identity"]);

        const string planted = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\..\..\BuildingBlocks\SmartRoom.BuildingBlocks\SmartRoom.BuildingBlocks.csproj" />
                <ProjectReference Include="..\..\DealRooms\SmartRoom.Modules.DealRooms.Contracts\SmartRoom.Modules.DealRooms.Contracts.csproj" />
                <ProjectReference Include="..\..\DealRooms\SmartRoom.Modules.DealRooms\SmartRoom.Modules.DealRooms.csproj" />
              </ItemGroup>
            </Project>
            """;
        ModuleReferenceRule.Violations(ModuleReferenceRule.ProjectReferences(planted)).ShouldBe(["SmartRoom.Modules.DealRooms"]);
    }
}
