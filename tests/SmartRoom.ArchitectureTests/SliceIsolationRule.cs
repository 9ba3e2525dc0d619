using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace SmartRoom.ArchitectureTests;

/// <summary>
/// A slice never references another slice's types: for every use-case namespace <c>&lt;root&gt;.Features.&lt;UseCase&gt;</c>
/// (one that holds a type named after it, its request), no type in it depends — in signatures or method bodies
/// (NetArchTest reads the IL) — on another use-case namespace of the same assembly. Folders that group several
/// use cases under one namespace do not follow the pattern and are not judged.
/// </summary>
internal static class SliceIsolationRule
{
    /// <summary>The use-case namespaces of <paramref name="assembly"/> under <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Slices(Assembly assembly, string root)
    {
        var prefix = root + ".Features.";
        return assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(prefix, StringComparison.Ordinal) && !ns[prefix.Length..].Contains('.', StringComparison.Ordinal)
                        && t.Name == ns[prefix.Length..])
            .Select(t => t.Namespace!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<string> Violations(Assembly assembly, string root)
    {
        var slices = Slices(assembly, root);
        var violations = new List<string>();
        foreach (var slice in slices)
        {
            var others = slices.Where(s => s != slice).ToArray();
            if (others.Length == 0)
            {
                continue;
            }

            var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching($"^{Regex.Escape(slice)}$")
                .ShouldNot().HaveDependencyOnAny(others).GetResult();
            violations.AddRange((result.FailingTypeNames ?? []).Select(t => $"{t} reaches into another slice"));
        }

        return violations;
    }
}
