using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Every category of personal data the modules declared, in a stable order (module, then key).</summary>
internal sealed class DataMap(IEnumerable<DataCategory> declared)
{
    public IReadOnlyList<DataCategory> Categories { get; } =
        declared.OrderBy(c => c.Module, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

    public DataCategory? Find(string key) => Categories.FirstOrDefault(c => c.Key == key);
}
