using System.Net;
using System.Net.Sockets;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The client address as the consent ledger keeps it: enough to show where a decision came from, not who the
/// device was. IPv4 keeps its /24 (<c>203.0.113.0/24</c>), IPv6 its /48 (<c>2001:db8:abcd::/48</c>).
/// </summary>
internal static class TruncatedAddress
{
    public static string? From(string? address)
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
        var (keep, prefix) = ip.AddressFamily == AddressFamily.InterNetwork ? (3, 24) : (6, 48);
        Array.Clear(bytes, keep, bytes.Length - keep);
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}
