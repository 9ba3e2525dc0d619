using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Who the client is, as rate limits and allow-lists see it. Behind a reverse proxy the address comes
/// from <c>X-Forwarded-For</c> — but only when the request arrives from a proxy named in
/// <c>SmartRoom:ForwardedHeaders:KnownProxies</c> (addresses) or <c>KnownNetworks</c> (CIDR ranges); from
/// anywhere else the header is ignored, so it cannot be spoofed. Nothing configured: no header is trusted.
/// </summary>
public static class ClientNetwork
{
    public const string Section = "SmartRoom:ForwardedHeaders";

    /// <summary>The forwarded-headers options from configuration, or null when no proxy is configured.</summary>
    public static ForwardedHeadersOptions? ForwardedHeadersFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Each trusted hop peels one address off the end of X-Forwarded-For.
            ForwardLimit = section.GetValue("ForwardLimit", 1),
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var ip)
                ? ip
                : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var range)
                ? range
                : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a CIDR range (e.g. 10.0.0.0/8)."));
        }

        return options;
    }

    /// <summary>Trusts <c>X-Forwarded-For</c> from the configured proxies only (no-op without any).</summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration) =>
        ForwardedHeadersFrom(configuration) is { } options ? app.UseForwardedHeaders(options) : app;

    /// <summary>
    /// The unit a limit counts against: an IPv4 address, or an IPv6 /64 — one subscriber usually holds a
    /// whole /64, so counting single IPv6 addresses would let one client rotate through 2^64 of them.
    /// </summary>
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
