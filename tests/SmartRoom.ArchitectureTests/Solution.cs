using System.Reflection;

namespace SmartRoom.ArchitectureTests;

/// <summary>The assemblies of the solution, found from the host's references.</summary>
internal static class Solution
{
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly IReadOnlyList<Assembly> All = Load();

    public static IEnumerable<Assembly> Modules => All.Where(a => IsModule(a.GetName().Name!));

    public static IEnumerable<Assembly> Contracts => All.Where(a => IsContracts(a.GetName().Name!));

    public static string ModuleName(Assembly assembly) =>
        assembly.GetName().Name!["SmartRoom.Modules.".Length..].Replace(".Contracts", "", StringComparison.Ordinal);

    public static bool IsModule(string name) =>
        name.StartsWith("SmartRoom.Modules.", StringComparison.Ordinal) && !IsContracts(name);

    public static bool IsContracts(string name) =>
        name.StartsWith("SmartRoom.Modules.", StringComparison.Ordinal) && name.EndsWith(".Contracts", StringComparison.Ordinal);

    public static IEnumerable<string> SmartRoomReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("SmartRoom.", StringComparison.Ordinal));

    private static List<Assembly> Load()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        // Project references the compiler dropped (an empty Contracts project) are still copied beside us.
        var copied = Directory.GetFiles(AppContext.BaseDirectory, "SmartRoom.*.dll")
            .Select(f => Assembly.Load(Path.GetFileNameWithoutExtension(f)))
            .Where(a => a != typeof(Solution).Assembly);
        var queue = new Queue<Assembly>([Host, .. copied]);
        while (queue.TryDequeue(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in SmartRoomReferences(assembly))
            {
                queue.Enqueue(Assembly.Load(reference));
            }
        }

        return found.Values.Where(a => a != Host).OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
    }
}
