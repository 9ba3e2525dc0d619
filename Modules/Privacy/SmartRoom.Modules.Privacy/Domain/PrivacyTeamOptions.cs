using Microsoft.Extensions.Configuration;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// <c>SmartRoom:Privacy:TeamAddresses</c>: addresses that receive the breach-clock alerts besides every privacy
/// officer and admin with an account (a shared mailbox, the DPO). A list (<c>TeamAddresses:0</c>, …) or one value
/// separated by commas or semicolons.
/// </summary>
internal sealed record PrivacyTeamOptions(IReadOnlyList<string> TeamAddresses)
{
    public const string Key = "SmartRoom:Privacy:TeamAddresses";

    public static PrivacyTeamOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var invalid = values.Where(v => !System.Net.Mail.MailAddress.TryCreate(v, out _)).ToList();
        return invalid.Count == 0
            ? new PrivacyTeamOptions(values)
            : throw new InvalidOperationException($"{Key} holds what is not an email address: {string.Join(", ", invalid)}.");
    }
}
