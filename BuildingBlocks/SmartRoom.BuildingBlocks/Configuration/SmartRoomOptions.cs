using Microsoft.Extensions.Configuration;

namespace SmartRoom.BuildingBlocks.Configuration;

/// <summary>Platform-wide settings under <c>SmartRoom</c>.</summary>
public sealed class SmartRoomOptions
{
    public const string Section = "SmartRoom";

    /// <summary>Holds the SQLite file, document blobs and the mail pickup folder. Relative paths are under the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Base of every link put into an email, e.g. <c>https://rooms.example.com</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5152";

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);

    public static SmartRoomOptions From(IConfiguration configuration)
    {
        var options = new SmartRoomOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}
