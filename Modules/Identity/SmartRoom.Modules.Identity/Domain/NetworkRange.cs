using System.Net;
using System.Net.Sockets;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>The network an address belongs to: IPv4 /24, IPv6 /48 (mapped IPv4 counts as IPv4).</summary>
internal static class NetworkRange
{
    public static string? Of(string? address)
    {
        if (address is null || !IPAddress.TryParse(address, out var ip))
        {
            return null;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        var bytes = ip.GetAddressBytes();
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24";
        }

        Array.Clear(bytes, 6, bytes.Length - 6);
        return $"{new IPAddress(bytes)}/48";
    }
}
