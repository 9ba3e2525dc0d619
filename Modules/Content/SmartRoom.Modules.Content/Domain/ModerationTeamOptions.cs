using Microsoft.Extensions.Configuration;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// <c>SmartRoom:Content:ModerationAddresses</c>: addresses that receive the removal-request reminders besides every
/// account with the Marketing role (a shared marketing mailbox). A list (<c>ModerationAddresses:0</c>, …) or one value
/// separated by commas or semicolons.
/// </summary>
internal sealed record ModerationTeamOptions(IReadOnlyList<string> Addresses)
{
    public const string Key = "SmartRoom:Content:ModerationAddresses";

    public static ModerationTeamOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var invalid = values.Where(v => !System.Net.Mail.MailAddress.TryCreate(v, out _)).ToList();
        return invalid.Count == 0
            ? new ModerationTeamOptions(values)
            : throw new InvalidOperationException($"{Key} holds what is not an email address: {string.Join(", ", invalid)}.");
    }
}
