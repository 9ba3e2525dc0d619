namespace SmartRoom.Modules.Content.Uploads;

/// <summary>A multipart form as read: its plain fields and its files, by field name (case-insensitive).</summary>
internal sealed class UploadForm
{
    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, UploadedFile> Files { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    public UploadedFile? File(string name) => Files.GetValueOrDefault(name);
}
