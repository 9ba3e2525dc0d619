using System.Xml.Linq;

namespace SmartRoom.ArchitectureTests;

/// <summary>
/// A module may reference BuildingBlocks and other modules' <c>.Contracts</c>, nothing else of ours. Checked on
/// the compiled assembly (what the code uses) and on the project file (what the build lets it use: the
/// compiler drops a project reference the code does not use yet, so the assembly alone misses it).
/// </summary>
internal static class ModuleReferenceRule
{
    /// <summary>The references among <paramref name="references"/> (assembly or project names) the rule forbids.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<string> references) =>
        references
            .Where(r => r.StartsWith("SmartRoom.", StringComparison.Ordinal))
            .Where(r => !r.StartsWith("SmartRoom.BuildingBlocks", StringComparison.Ordinal) && !Solution.IsContracts(r))
            .ToList();

    /// <summary>The projects a project file references, by project name.</summary>
    public static IReadOnlyList<string> ProjectReferences(string projectXml) =>
        XDocument.Parse(projectXml).Descendants("ProjectReference")
            .Select(p => Path.GetFileNameWithoutExtension(((string?)p.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList();

    /// <summary>The project file of a module, found from the repository root above the test's output folder.</summary>
    public static string ProjectFile(string module)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmartRoom.sln")))
        {
            directory = directory.Parent;
        }

        directory.ShouldNotBeNull("the tests run inside the repository");
        return Path.Combine(directory.FullName, "Modules", module, $"SmartRoom.Modules.{module}", $"SmartRoom.Modules.{module}.csproj");
    }
}
