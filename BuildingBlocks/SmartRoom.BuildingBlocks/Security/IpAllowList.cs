namespace SmartRoom.BuildingBlocks.Security;

/// <summary>A room's IP allow-list: CIDR ranges, one per line; empty admits every address.</summary>
public static class IpAllowList
{
    public static bool TryParse(IEnumerable<string> ranges, out IReadOnlyList<System.Net.IPNetwork> networks, out string? invalid)
    {
        var parsed = new List<System.Net.IPNetwork>();
        foreach (var range in ranges)
        {
            var text = range.Trim();
            // A bare address is a range of one.
            if (!System.Net.IPNetwork.TryParse(text, out var network))
            {
                if (System.Net.IPAddress.TryParse(text, out var single))
                {
                    network = new System.Net.IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
                }
                else
                {
                    networks = [];
                    invalid = range;
                    return false;
                }
            }

            parsed.Add(network);
        }

        networks = parsed;
        invalid = null;
        return true;
    }

    public static string Format(IEnumerable<System.Net.IPNetwork> networks) => string.Join('\n', networks.Select(n => n.ToString()));

    public static IReadOnlyList<string> Ranges(string stored) => stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static bool Admits(string stored, string? address)
    {
        if (stored.Length == 0)
        {
            return true;
        }

        if (!System.Net.IPAddress.TryParse(address, out var ip))
        {
            return false;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        return TryParse(Ranges(stored), out var networks, out _) && networks.Any(n => n.Contains(ip));
    }
}
