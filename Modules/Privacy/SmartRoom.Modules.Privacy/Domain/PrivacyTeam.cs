using SmartRoom.BuildingBlocks.Security;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Who hears the breach clock: every active account (Privacy's copy, <see cref="Subject"/>) with the role
/// PrivacyOfficer or Admin, and every address in <see cref="PrivacyTeamOptions"/>; each address once.
/// </summary>
internal sealed class PrivacyTeam(PrivacyTeamOptions options)
{
    public async Task<IReadOnlyList<TeamRecipient>> RecipientsAsync(PrivacyDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var candidates = await db.Subjects.AsNoTracking()
            .Where(s => s.Roles.Contains(PlatformRoles.PrivacyOfficer) || s.Roles.Contains(PlatformRoles.Admin))
            .OrderBy(s => s.Email)
            .ToListAsync(ct);
        var people = candidates
            .Where(s => s.IsActive(now) && (s.HasRole(PlatformRoles.PrivacyOfficer) || s.HasRole(PlatformRoles.Admin)))
            .Select(s => new TeamRecipient(s.Id, s.Email, s.DisplayName));
        var configured = options.TeamAddresses.Select(a => new TeamRecipient(null, a, "Privacy team"));
        return people.Concat(configured).DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
