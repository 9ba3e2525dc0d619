using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Identity.Views;

/// <summary>
/// The signed-in account as <c>GET /api/me</c> shows it (and <c>PUT /api/me</c> answers), with where it stands
/// with the privacy policy (<see cref="Policy"/>: <c>{current, accepted, mustAccept}</c>, asked of Privacy).
/// </summary>
internal sealed record Me(
    Guid Id,
    string Email,
    string DisplayName,
    string? ZipCode,
    bool EmailConfirmed,
    bool TwoFactorEnabled,
    bool TwoFactorRequired,
    IReadOnlyList<string> Roles,
    PolicyStanding? Policy = null)
{
    /// <summary>The account with its platform roles (in order), read in one query; null if there is none.</summary>
    public static async Task<Me?> ReadAsync(IdentityDbContext db, Guid? id, CancellationToken ct)
    {
        var me = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.ZipCode,
                u.EmailConfirmed,
                u.TwoFactorEnabled,
                u.TwoFactorRequired,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return me is null
            ? null
            : new Me(me.Id, me.Email!, me.DisplayName, me.ZipCode, me.EmailConfirmed, me.TwoFactorEnabled, me.TwoFactorRequired,
                me.Roles.Order(StringComparer.Ordinal).ToList());
    }
}
