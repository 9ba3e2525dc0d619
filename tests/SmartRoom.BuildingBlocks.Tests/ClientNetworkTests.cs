using System.Net;
using Microsoft.Extensions.Configuration;
using SmartRoom.BuildingBlocks.Security;

namespace SmartRoom.BuildingBlocks.Tests;

public sealed class ClientNetworkTests
{
    [Theory]
    [InlineData("192.0.2.10", "192.0.2.10")]
    [InlineData("::ffff:192.0.2.10", "192.0.2.10")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void Limits_count_IPv4_addresses_and_IPv6_64s(string address, string partition) =>
        ClientNetwork.PartitionKey(IPAddress.Parse(address)).ShouldBe(partition);

    [Fact]
    public void Without_configured_proxies_no_forwarded_header_is_trusted() =>
        ClientNetwork.ForwardedHeadersFrom(new ConfigurationBuilder().Build()).ShouldBeNull();

    [Fact]
    public void Configured_proxies_replace_the_framework_default_of_trusting_loopback()
    {
        var options = ClientNetwork.ForwardedHeadersFrom(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["SmartRoom:ForwardedHeaders:KnownProxies:0"] = "10.0.0.1" }).Build())!;

        options.KnownProxies.ShouldBe([IPAddress.Parse("10.0.0.1")]);
        options.KnownIPNetworks.ShouldBeEmpty();
    }

    [Fact]
    public void A_malformed_range_stops_start_up_with_a_clear_message() =>
        Should.Throw<InvalidOperationException>(() => ClientNetwork.ForwardedHeadersFrom(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["SmartRoom:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/99" }).Build()))
            .Message.ShouldContain("KnownNetworks");
}
