using SmartRoom.Modules.Content.Contracts;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Who moderates Content and hears its deadlines: every account of the copy (<see cref="TeamMember"/>) that holds
/// the Marketing role now, and every address of <see cref="ModerationTeamOptions"/>; each address once.
/// </summary>
internal sealed class ModerationTeam(ModerationTeamOptions options)
{
    public async Task<IReadOnlyList<ContentRecipient>> RecipientsAsync(ContentDbContext db, CancellationToken ct)
    {
        var people = await db.TeamMembers.AsNoTracking()
            .Where(m => m.IsMarketing && m.Email != "")
            .OrderBy(m => m.Email)
            .Select(m => new ContentRecipient(m.Id, m.Email, m.DisplayName))
            .ToListAsync(ct);
        var configured = options.Addresses.Select(a => new ContentRecipient(null, a, "Marketing team"));
        return people.Concat(configured).DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
