using Microsoft.Extensions.Configuration;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// <c>SmartRoom:Privacy:Statistics</c>: <see cref="K"/>, the smallest count a published figure may have
/// (default 10), and <see cref="MinRooms"/>, the fewest deal rooms a room-scoped figure may come from
/// (default 3: with two, a member of one room could subtract their own room's share and learn the other's).
/// Both at least 2; a lower value stops start-up rather than publishing figures about one person or one deal.
/// </summary>
internal sealed class StatisticsOptions
{
    public const string Section = "SmartRoom:Privacy:Statistics";

    public int K { get; init; } = 10;

    public int MinRooms { get; init; } = 3;

    public static StatisticsOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<StatisticsOptions>() ?? new StatisticsOptions();
        if (options.K < 2)
        {
            throw new InvalidOperationException($"{Section}:K must be at least 2 (it is {options.K}).");
        }

        if (options.MinRooms < 2)
        {
            throw new InvalidOperationException($"{Section}:MinRooms must be at least 2 (it is {options.MinRooms}).");
        }

        return options;
    }
}
