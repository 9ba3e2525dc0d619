using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The usage statistics' settings and the one category of data they keep. A usage fact names nobody (no account
/// id, name or email), but a fact about a member joining a room carries the room, the role and the month, which
/// DealRooms' own records could match to that member: it is pseudonymous, so it is declared.
/// </summary>
internal static class StatisticsDataCategories
{
    public const string UsageFacts = "privacy.usage-facts";

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(StatisticsOptions.From(configuration));
        services.AddSingleton(new DataCategory(
            UsageFacts,
            "Privacy",
            "Usage facts for aggregate statistics",
            "For each account registered, deal room created, member joined or document added: the month, a broad kind "
                + "(room role, file type such as pdf or spreadsheet) and the deal room; never a name, email or account id.",
            "Aggregate usage statistics shared with partners, where every published figure counts at least k people or "
                + "things from several deal rooms and nothing is shown per deal or per client.",
            "Legitimate interest (understanding and reporting how the service is used)",
            "Nobody: only aggregate figures that pass the suppression rule leave the service.",
            new RetentionRule(null, "kept for as long as the statistics cover the month they count")));
    }
}
